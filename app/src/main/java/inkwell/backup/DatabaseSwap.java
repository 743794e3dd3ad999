package inkwell.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup's database in place of the live one. The copy is made beside the live {@code db} while the blog
 * still serves ({@link #prepare}); with the database shut down, {@link #swap} is two renames, and the replaced
 * folder is kept until the restored one has opened ({@link #finish}), or put back ({@link #undo}). A crash between
 * the two renames is repaired at the next start ({@link #recover}).
 */
public final class DatabaseSwap {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSwap.class);
    private static final String RESTORING = "db.restoring";
    private static final String REPLACED = "db.replaced";

    private final Path backup;
    private final Path dataDir;

    private DatabaseSwap(Path backup, Path dataDir) {
        this.backup = backup;
        this.dataDir = dataDir;
    }

    /** A backup written by a newer Inkwell would be opened by code that does not know its schema: refused. */
    public static void refuseNewer(Manifest backup, int newestSchemaVersion) throws BackupException {
        if (backup.schemaVersion() > newestSchemaVersion) {
            throw new BackupException("The backup " + backup.name() + " was written by a newer Inkwell ("
                    + backup.inkwellVersion() + ", schema version " + backup.schemaVersion() + "; this one knows "
                    + newestSchemaVersion + "). Install that Inkwell to restore it.", null);
        }
    }

    public static DatabaseSwap prepare(Path backupFolder, Path dataDir) throws BackupException {
        Path from = backupFolder.resolve(DerbyCopy.DATABASE_FOLDER);
        Path restoring = dataDir.resolve(RESTORING);
        try {
            FolderCopy.delete(restoring);
            long needed = FolderCopy.size(from);
            long free = Files.getFileStore(dataDir).getUsableSpace();
            if (free < needed) {
                throw new BackupException(String.format("The disk is full: restoring needs %,d MB and %,d MB are "
                        + "free. Free some space and try again.", needed / 1_000_000, free / 1_000_000), null);
            }
            FolderCopy.copy(from, restoring);
            return new DatabaseSwap(backupFolder, dataDir);
        } catch (IOException e) {
            try {
                FolderCopy.delete(restoring);
            } catch (IOException ignored) {
                LOG.warn("Could not remove {}: {}", restoring, ignored.getMessage());
            }
            throw new BackupException("Could not copy the backup's database: " + Backups.explain(e), e);
        }
    }

    /** With the database shut down: the backup's copy becomes {@code db}, its images join {@code media}. */
    public void swap() throws IOException {
        Path db = dataDir.resolve(DerbyCopy.DATABASE_FOLDER);
        Path replaced = dataDir.resolve(REPLACED);
        FolderCopy.delete(replaced);
        Files.move(db, replaced, StandardCopyOption.ATOMIC_MOVE);
        Files.move(dataDir.resolve(RESTORING), db, StandardCopyOption.ATOMIC_MOVE);
        // Images are named by their content: putting the backup's back never changes one the blog has now, and
        // images the restored posts do not use stay harmlessly (the Media page lists and deletes them).
        FolderCopy.linkOrCopy(backup.resolve("media"), dataDir.resolve("media"));
        // The search index follows the database it was built on; an empty one is rebuilt from the restored posts.
        FolderCopy.delete(dataDir.resolve("search"));
    }

    /** The restored database opened: the replaced one (backed up before the restore) goes. */
    public void finish() {
        try {
            FolderCopy.delete(dataDir.resolve(REPLACED));
        } catch (IOException e) {
            LOG.warn("Could not remove the replaced database {}: {}", dataDir.resolve(REPLACED), e.getMessage());
        }
    }

    /** The restored database did not open: the replaced one goes back. */
    public void undo() throws IOException {
        Path db = dataDir.resolve(DerbyCopy.DATABASE_FOLDER);
        if (Files.exists(dataDir.resolve(REPLACED))) {
            FolderCopy.delete(db);
            Files.move(dataDir.resolve(REPLACED), db, StandardCopyOption.ATOMIC_MOVE);
        }
        FolderCopy.delete(dataDir.resolve(RESTORING));
    }

    /** At start: a restore cut off between its two renames left no {@code db}; the replaced one is put back. */
    public static void recover(Path dataDir) throws IOException {
        Path db = dataDir.resolve(DerbyCopy.DATABASE_FOLDER);
        Path replaced = dataDir.resolve(REPLACED);
        if (!Files.exists(db) && Files.isDirectory(replaced)) {
            LOG.warn("A restore was cut off; putting the database it replaced back");
            Files.move(replaced, db, StandardCopyOption.ATOMIC_MOVE);
        }
        FolderCopy.delete(dataDir.resolve(RESTORING));
    }
}
