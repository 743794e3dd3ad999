package inkwell.backup;

/** A backup or restore that could not be done, with a message for the person who asked. */
public final class BackupException extends Exception {
    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
