package inkwell.publish.target;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes and deletes single files of a published folder. A file is written to a temporary file beside it and moved
 * over the old one, so a reader (or a failure halfway, such as a full disk) never meets half a file; a file whose
 * bytes are already right is left alone, so its time stamp keeps telling when it last changed.
 */
final class FolderWriter {
    private final Path folder;

    FolderWriter(Path folder) {
        this.folder = folder;
    }

    /** Writes the file unless it already holds these bytes; true when it wrote. */
    boolean write(String path, byte[] bytes) throws PublishFailure {
        Path file = folder.resolve(path);
        try {
            if (holds(file, bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw failure("write " + path, e);
        }
    }

    /** Deletes a file Inkwell wrote, then the folders it leaves empty; true when there was a file to delete. */
    boolean delete(String path) throws PublishFailure {
        Path file = folder.resolve(path);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.delete(file);
            for (Path parent = file.getParent(); !parent.equals(folder); parent = parent.getParent()) {
                Files.delete(parent);
            }
        } catch (DirectoryNotEmptyException stillInUse) {
            // The folder holds other files (the site's or the user's): it stays.
        } catch (IOException e) {
            throw failure("delete " + path, e);
        }
        return true;
    }

    private static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private PublishFailure failure(String what, IOException e) {
        if (diskFull(e)) {
            return new PublishFailure("The disk is full: Inkwell could not " + what + " in " + folder
                    + "; free some space and publish again.", e);
        }
        return new PublishFailure("Could not " + what + " in " + folder + ": " + reason(e) + ".", e);
    }

    private static boolean diskFull(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left") || message.contains("not enough space")
                || message.contains("Disk quota exceeded");
    }

    /** The operating system's reason in words, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "the system gave no reason" : e.getMessage();
    }
}
