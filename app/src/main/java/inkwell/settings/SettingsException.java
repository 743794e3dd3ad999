package inkwell.settings;

/** A flag, variable or property the user gave that Inkwell cannot use; the message says which and why. */
public class SettingsException extends Exception {
    public SettingsException(String message) {
        super(message);
    }
}
