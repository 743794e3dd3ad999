package inkwell;

import inkwell.settings.Settings;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the data folder's layout on first run and checks that Inkwell may write there, and has room to. */
final class DataFolder {
    /** Below this, Derby cannot even create a new database (about 3 MB) and its log soon stops: say so first. */
    static final long MIN_FREE_BYTES = 8L * 1024 * 1024;

    private DataFolder() {
    }

    static void prepare(Settings settings) throws DataFolderException {
        Path root = settings.dataDir();
        try {
            for (Path folder : new Path[] {root, settings.logFolder()}) {
                Files.createDirectories(folder);
            }
            Path probe = Files.createTempFile(root, ".write-test", ".tmp");
            Files.delete(probe);
            long free = Files.getFileStore(root).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                throw new DataFolderException("The disk that holds the data folder " + root + " is full ("
                        + free / 1024 + " KB free). Free some space on it and start Inkwell again.", null);
            }
        } catch (AccessDeniedException e) {
            throw new DataFolderException("Inkwell cannot write to its data folder " + root + " (permission denied). "
                    + "Choose another with --data-dir DIR.", e);
        } catch (IOException e) {
            throw new DataFolderException("Inkwell cannot use its data folder " + root + ": " + e.getMessage()
                    + ". Choose another with --data-dir DIR.", e);
        }
    }
}
