package inkwell.publish.target;

/**
 * A publish that could not be done, with one plain sentence for the person who asked for it: what went wrong and,
 * where it helps, what to do. The message never holds a stack trace, a class name or a secret, so callers show it
 * as it is; the cause (kept for the log) is never shown.
 */
public final class PublishFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure found before any target was reached (no address set, a target that reads as neither kind). */
    public PublishFailure(String message) {
        super(message);
    }

    PublishFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
