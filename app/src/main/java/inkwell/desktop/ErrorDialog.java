package inkwell.desktop;

import java.awt.GraphicsEnvironment;
import javax.swing.JOptionPane;
import org.slf4j.LoggerFactory;

/**
 * Tells a user who double-clicked Inkwell why it cannot start, or what it could not do when there is no tray to
 * say it: a terminal message is invisible to them. Only for interactive launches on a display; any failure to show it (no X server, headless) is swallowed, since the
 * same message has already gone to standard error.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static void show(String message) {
        show("Inkwell cannot start", message);
    }

    /** Shows the message and returns once the user closed it. */
    public static void show(String title, String message) {
        try {
            if (!GraphicsEnvironment.isHeadless()) {
                JOptionPane.showMessageDialog(null, message, title, JOptionPane.ERROR_MESSAGE);
            }
        } catch (Throwable e) { // AWTError when DISPLAY names no X server
            LoggerFactory.getLogger(ErrorDialog.class).debug("No dialog: {}", e.toString());
        }
    }

    /** Shows the message without holding up the caller: a running blog goes on while the dialog is open. */
    public static void showLater(String title, String message) {
        Thread thread = new Thread(() -> show(title, message), "inkwell-notice");
        thread.setDaemon(true);
        thread.start();
    }
}
