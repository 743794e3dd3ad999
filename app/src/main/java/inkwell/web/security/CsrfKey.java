package inkwell.web.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** The key that signs CSRF tokens, made once per data folder and readable only by its owner. */
public final class CsrfKey {
    private static final int LENGTH = 32;

    private CsrfKey() {
    }

    public static byte[] loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve("secret.key");
        if (Files.isRegularFile(file) && Files.size(file) == LENGTH) {
            return Files.readAllBytes(file);
        }
        byte[] key = new byte[LENGTH];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(dataDir);
        Path temporary = Files.createTempFile(dataDir, "secret", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.write(temporary, key);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the per-user data folder is already private to its owner.
        }
    }
}
