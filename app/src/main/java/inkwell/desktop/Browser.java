package inkwell.desktop;

import java.awt.Desktop;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the blog in the default browser, best effort: the desktop API, then the platform's opener. Any failure
 * (no display, headless JVM, no opener) is logged; the URL is on standard output anyway.
 */
public final class Browser {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private Browser() {
    }

    public static void open(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
        } catch (Throwable e) { // AWTError, HeadlessException, UnsupportedOperationException: all mean "no"
            LOG.debug("Desktop browse unavailable: {}", e.toString());
        }
        try {
            new ProcessBuilder(openerCommand(url)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            LOG.info("Could not open a browser ({}); open {} yourself", e.getMessage(), url);
        }
    }

    static List<String> openerCommand(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        if (os.contains("mac")) {
            return List.of("open", url);
        }
        return List.of("xdg-open", url);
    }
}
