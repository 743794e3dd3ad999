package inkwell.publish.target;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;

/**
 * Replaces a file whole: the bytes go to a temporary file beside it (made with the given attributes, such as
 * owner-only permissions, before any byte is written) which is then moved over it, so nobody ever reads half a
 * file and a failure halfway (a full disk) leaves the old file as it was and no temporary file behind.
 */
final class AtomicFiles {
    static final String TEMPORARY_PREFIX = ".inkwell-writing-";

    private AtomicFiles() {
    }

    static void write(Path file, byte[] bytes, FileAttribute<?>... attributes) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), TEMPORARY_PREFIX, ".tmp", attributes);
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The failure being reported matters more than a stray temporary file.
            }
        }
    }
}
