package inkwell.desktop;

import java.awt.GraphicsEnvironment;
import javax.swing.JOptionPane;
import org.slf4j.LoggerFactory;

/**
 * Tells a user who double-clicked Inkwell why it cannot start: a terminal message is invisible to them. Only
 * for interactive launches on a display; any failure to show it (no X server, headless) is swallowed, since the
 * same message has already gone to standard error.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static void show(String message) {
        try {
            if (!GraphicsEnvironment.isHeadless()) {
                JOptionPane.showMessageDialog(null, message, "Inkwell cannot start", JOptionPane.ERROR_MESSAGE);
            }
        } catch (Throwable e) { // AWTError when DISPLAY names no X server
            LoggerFactory.getLogger(ErrorDialog.class).debug("No dialog: {}", e.toString());
        }
    }
}
