package inkwell.publish.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How every network operation of one publish reaches the remote: a time-out, the HTTPS user and token, and for
 * SSH a session factory that offers only Inkwell's key (never the user's ~/.ssh) and keeps its own known hosts.
 *
 * <p>Host keys are "accept-new": a desktop app has no terminal to ask in, so the first connection to a host is
 * trusted and its key remembered in the data folder (as {@code ssh -o StrictHostKeyChecking=accept-new} does);
 * from then on a changed key is refused, which is the attack the check is there to catch.
 */
final class GitAccess implements AutoCloseable {
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /**
     * The JDK's HTTP client, which JGit uses, logs every request's headers at FINE, the Authorization header with
     * the token included. However verbose the log is made, that logger stays at INFO. Held here so the setting is
     * not collected with the logger.
     */
    private static final Logger REQUEST_HEADERS = Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection");

    static {
        REQUEST_HEADERS.setLevel(Level.INFO);
    }

    private static final String ANY_USER = "inkwell";
    private static final String SSHD_AUTH_TIMEOUT = "org.apache.sshd.config.auth-timeout";
    private final PublishCredentials credentials;
    private final SshdSessionFactory ssh;
    private final Path knownHosts;
    private final int timeoutSeconds;

    GitAccess(GitRemote remote, PublishCredentials credentials, Path sshFolder, int timeoutSeconds)
            throws PublishFailure {
        this.credentials = credentials;
        this.timeoutSeconds = timeoutSeconds;
        this.knownHosts = sshFolder.resolve("known_hosts");
        this.ssh = remote.kind() == GitRemote.Kind.SSH ? sessionFactory(sshFolder) : null;
    }

    Path knownHosts() {
        return knownHosts;
    }

    int timeoutSeconds() {
        return timeoutSeconds;
    }

    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout(timeoutSeconds);
        if (credentials.hasHttps()) {
            // Git hosts that sign in with a token take any user name; an empty one would be refused before that.
            String user = credentials.httpsUser().isEmpty() ? ANY_USER : credentials.httpsUser();
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(user, credentials.httpsToken()));
        }
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport sshTransport && ssh != null) {
                sshTransport.setSshSessionFactory(ssh);
            }
        });
        return command;
    }

    /**
     * JGit waits for SSH authentication (which includes the server's first words) for SSHD's auth-timeout, two
     * minutes, whatever the transport's time-out; a host that takes the connection and never speaks would hold a
     * publish that long. JGit offers no way to set it per client, so it goes through SSHD's system-property
     * fallback. Process-wide, but only publishing uses SSH, one publish at a time.
     */
    private static void boundSshAuthentication(int timeoutSeconds) {
        System.setProperty(SSHD_AUTH_TIMEOUT, Long.toString(timeoutSeconds * 1000L));
    }

    private SshdSessionFactory sessionFactory(Path sshFolder) throws PublishFailure {
        boundSshAuthentication(timeoutSeconds);
        KeyPair key = credentials.sshKeyPair().orElseThrow(() -> new PublishFailure("Publishing over SSH needs an SSH"
                + " key: generate a deploy key or paste a private key with the credentials first."));
        Path config = sshFolder.resolve("config");
        try {
            Files.createDirectories(sshFolder);
            // JGit asks before creating a known_hosts file and, with nobody to ask, would remember nothing.
            if (!Files.exists(knownHosts)) {
                Files.createFile(knownHosts);
            }
            Files.writeString(config, "Host *\n  StrictHostKeyChecking accept-new\n  UserKnownHostsFile \""
                    + knownHosts + "\"\n  PreferredAuthentications publickey\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishFailure("Could not prepare the SSH settings in " + sshFolder + ": "
                    + FolderWriter.reason(e) + ".", e);
        }
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(sshFolder.toFile())
                .setSshDirectory(sshFolder.toFile())
                .setConfigFile(ignored -> config.toFile())
                .setDefaultKnownHostsFiles(ignored -> List.of(knownHosts))
                .setDefaultIdentities(ignored -> List.of())
                .setDefaultKeysProvider(ignored -> List.of(key))
                .setPreferredAuthentications("publickey")
                .build(null);
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
