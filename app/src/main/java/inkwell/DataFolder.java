package inkwell;

import inkwell.settings.Settings;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the data folder's layout on first run and checks that Inkwell may write there. */
final class DataFolder {
    private DataFolder() {
    }

    static void prepare(Settings settings) throws DataFolderException {
        Path root = settings.dataDir();
        try {
            for (Path folder : new Path[] {root, settings.logFolder(), root.resolve("media"), root.resolve("backups")}) {
                Files.createDirectories(folder);
            }
            Path probe = Files.createTempFile(root, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new DataFolderException("Inkwell cannot write to its data folder " + root + " (permission denied). "
                    + "Choose another with --data-dir DIR.", e);
        } catch (IOException e) {
            throw new DataFolderException("Inkwell cannot use its data folder " + root + ": " + e.getMessage()
                    + ". Choose another with --data-dir DIR.", e);
        }
    }
}
