package inkwell.backup;

import java.util.Optional;

/** Why a backup was taken: it is part of the backup's name and decides how long it is kept. */
public enum BackupReason {
    DAILY("daily", "Daily"),
    MANUAL("manual", "Backed up by hand"),
    BEFORE_IMPORT("before-import", "Before an import"),
    BEFORE_RESTORE("before-restore", "Before a restore"),
    BEFORE_UPGRADE("before-upgrade", "Before an upgrade");

    private final String word;
    private final String label;

    BackupReason(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word in the backup's folder name. */
    public String word() {
        return word;
    }

    /** What the Backups page says. */
    public String label() {
        return label;
    }

    static Optional<BackupReason> ofWord(String word) {
        for (BackupReason reason : values()) {
            if (reason.word.equals(word)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
