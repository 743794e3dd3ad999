package inkwell.backup;

import java.util.Optional;

/** The running blog's restore, as the Backups page and the command line ask for it. */
public interface Restorer {
    /**
     * Backs the current state up, then restores {@code backup} in the background; requests that come meanwhile
     * wait for the restored blog. Throws when nothing was changed (a backup from a newer Inkwell, a full disk).
     */
    void restoreSoon(Manifest backup) throws BackupException;

    /** How the last restore ended, once it has. */
    Optional<RestoreOutcome> lastOutcome();
}
