package inkwell.publish.target;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Iterator;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * SSH keys as the user handles them: the text of a private key (OpenSSH or PEM) pasted in, a deploy key made here,
 * and the one-line public key to paste into the Git host. Generated keys are ECDSA P-256: the JDK signs with them
 * and every major Git host takes them, while Ed25519 would need another cryptography library beside SSHD.
 */
final class SshKeys {
    private static final String COMMENT = "inkwell-deploy-key";

    private SshKeys() {
    }

    static KeyPair read(String privateKeyText) throws PublishFailure {
        String unreadable = "The SSH key could not be read: paste the whole private key, from its -----BEGIN line to"
                + " its -----END line, without a passphrase.";
        try {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, null,
                    new ByteArrayInputStream(privateKeyText.getBytes(StandardCharsets.UTF_8)), null);
            Iterator<KeyPair> first = keys == null ? null : keys.iterator();
            if (first == null || !first.hasNext()) {
                throw new PublishFailure(unreadable);
            }
            return first.next();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // The parser's message may quote the key; only the plain sentence leaves here, without a cause.
            throw new PublishFailure(unreadable);
        }
    }

    static String generate() {
        try {
            KeyPairGenerator generator = SecurityUtils.getKeyPairGenerator(KeyUtils.EC_ALGORITHM);
            generator.initialize(256);
            KeyPair pair = generator.generateKeyPair();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, COMMENT, null, text);
            return text.toString(StandardCharsets.UTF_8);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make ECDSA P-256 keys", e);
        }
    }

    /** The public half in the one-line form Git hosts ask for ("ecdsa-sha2-nistp256 AAAA… inkwell-deploy-key"). */
    static String publicLine(KeyPair pair) {
        return PublicKeyEntry.toString(pair.getPublic()) + " " + COMMENT;
    }

    static String fingerprint(KeyPair pair) {
        return KeyUtils.getFingerPrint(pair.getPublic());
    }
}
