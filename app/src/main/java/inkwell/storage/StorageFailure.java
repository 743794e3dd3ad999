package inkwell.storage;

/**
 * A write the database refused or could not finish (a full disk, a lost connection): nothing of it was committed.
 * The message says what happened in plain words, so the page that re-shows the user's text can say it too.
 */
public final class StorageFailure extends RuntimeException {
    StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Derby stops the whole database when it cannot write a page or its log (a full disk): later writes find
     * "No current connection" until Inkwell starts again, which recovers the database from its log.
     */
    static StorageFailure of(RuntimeException e) {
        String restart = "restart Inkwell (Quit from its tray icon, then start it again) and save again";
        String reason;
        if (DatabaseException.diskFull(e)) {
            reason = "the disk that holds the blog is full. Free some space on it, then " + restart;
        } else if (DatabaseException.stopped(e)) {
            reason = "the database stopped after an earlier error (the log says which). Please " + restart;
        } else {
            reason = "the database could not save it (the details are in the log). Try again in a moment";
        }
        return new StorageFailure(reason, e);
    }
}
