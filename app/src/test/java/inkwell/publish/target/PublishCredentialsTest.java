package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials kept owner-only, shown masked, never whole in a string meant for people. */
class PublishCredentialsTest {
    private static final String TOKEN = "ghp_0123456789abcdefSECRETwxyz";
    @TempDir
    Path dataFolder;

    @Test
    void aSavedFileIsTheOwnersAloneAndReadsBackTheSame() throws Exception {
        Path file = dataFolder.resolve("publish/credentials.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PublishCredentials saved = PublishCredentials.none().withHttps("ada", TOKEN).withGeneratedSshKey();
        CredentialStore store = new CredentialStore(dataFolder);

        store.save(saved);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        PublishCredentials loaded = store.load();
        assertEquals(saved.masked(), loaded.masked());
        assertEquals(saved.sshPublicKey(), loaded.sshPublicKey());
        assertEquals(TOKEN, loaded.httpsToken());
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
        assertEquals("none", new CredentialStore(dataFolder.resolve("elsewhere")).load().masked());
    }

    @Test
    void theMaskedViewShowsTheEndsOfATokenAndTheKeysFingerprintOnly() throws Exception {
        PublishCredentials credentials = PublishCredentials.none().withHttps("ada", TOKEN).withGeneratedSshKey();

        String masked = credentials.masked();

        assertTrue(masked.startsWith("HTTPS: ada, token ghp_…wxyz; SSH key SHA256:"), masked);
        for (String shown : new String[] {masked, credentials.toString()}) {
            assertFalse(shown.contains("SECRET"), shown);
            assertFalse(shown.contains("PRIVATE KEY"), shown);
        }
        assertEquals("HTTPS: ada, token …", PublishCredentials.none().withHttps("ada", "short-pw").masked());
        assertEquals("none", PublishCredentials.none().toString().replace("PublishCredentials[", "").replace("]", ""));
    }

    @Test
    void aPastedKeyIsTakenAndAnythingElseRefusedWithoutRepeatingIt() throws Exception {
        String pasted = SshKeys.generate();
        PublishCredentials credentials = PublishCredentials.none().withSshKey("\n  " + pasted + "  \n");
        assertTrue(credentials.sshPublicKey().orElseThrow().startsWith("ecdsa-sha2-nistp256 AAAA"));

        String garbage = "-----BEGIN OPENSSH PRIVATE KEY-----\nNOTAKEYSECRET\n-----END OPENSSH PRIVATE KEY-----";
        PublishFailure refused = assertThrows(PublishFailure.class,
                () -> PublishCredentials.none().withSshKey(garbage));
        assertEquals("The SSH key could not be read: paste the whole private key, from its -----BEGIN line to its"
                + " -----END line, without a passphrase.", refused.getMessage());
        assertEquals(null, refused.getCause(), "no cause that could quote the key");
    }
}
