package inkwell.publish.target;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;

/**
 * An SSH Git host for tests: Apache MINA SSHD on 127.0.0.1 and a free port, public-key authentication for one key,
 * serving the bare repositories under a folder through the real git programs ({@link GitProcessCommand}).
 */
final class SshGitServer implements AutoCloseable {
    private final SshServer server;

    private SshGitServer(Path root, PublicKey allowed) throws IOException, GeneralSecurityException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(ecKey()));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(allowed, key));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory(GitProcessCommand.under(root.toAbsolutePath().normalize()));
        server.start();
    }

    static SshGitServer start(Path root, PublicKey allowed) throws IOException, GeneralSecurityException {
        return new SshGitServer(root, allowed);
    }

    static KeyPair ecKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    String url(String repository) {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/" + repository;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
