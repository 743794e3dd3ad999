package inkwell.transfer;

/** A source that is refused as a whole (a zip bomb, a path out of the folder, a newer format): nothing is written. */
public final class ImportRefused extends Exception {
    ImportRefused(String message) {
        super(message, null, false, false);
    }
}
