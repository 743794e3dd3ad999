package inkwell.desktop;

import inkwell.settings.OperatingSystem;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the blog in a browser, trying in turn: the command in {@code INKWELL_BROWSER} or {@code BROWSER} (a list
 * separated like PATH, {@code %s} standing for the URL, as many command-line tools read it), the desktop API,
 * then the platform's opener ({@code xdg-open}, {@code open}, {@code rundll32 url.dll}). When all fail, the caller
 * tells the user ({@link Opening}): only the caller knows where the user can see it.
 */
public final class Browser {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    /** How the URL was opened, for the log and for tests. */
    public enum Outcome { CONFIGURED_COMMAND, DESKTOP, PLATFORM_OPENER, NOT_OPENED }

    private final Map<String, String> environment;
    private final boolean tryDesktop;
    private final Function<String, List<String>> opener;

    public Browser(Map<String, String> environment) {
        this(environment, true, OperatingSystem.current()::openCommand);
    }

    /** For tests: without the desktop API, and {@code opener} in place of the platform's opener. */
    Browser(Map<String, String> environment, boolean tryDesktop, Function<String, List<String>> opener) {
        this.environment = environment;
        this.tryDesktop = tryDesktop;
        this.opener = opener;
    }

    public Outcome open(String url) {
        for (String variable : new String[] {"INKWELL_BROWSER", "BROWSER"}) {
            String configured = environment.get(variable);
            if (configured != null && !configured.isBlank() && runConfigured(configured, url)) {
                return Outcome.CONFIGURED_COMMAND;
            }
        }
        if (tryDesktop && openWithDesktop(url)) {
            return Outcome.DESKTOP;
        }
        if (Opener.run(opener.apply(url))) {
            return Outcome.PLATFORM_OPENER;
        }
        return Outcome.NOT_OPENED;
    }

    private static boolean runConfigured(String configured, String url) {
        for (String entry : configured.split(File.pathSeparator)) {
            List<String> command = commandFor(entry, url);
            if (command.isEmpty()) {
                continue;
            }
            try {
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                LOG.info("Opened {} with {}", url, command.get(0));
                return true;
            } catch (IOException e) {
                LOG.info("Browser command {} failed: {}", command.get(0), e.getMessage());
            }
        }
        return false;
    }

    static List<String> commandFor(String entry, String url) {
        List<String> words = new ArrayList<>(Arrays.asList(entry.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (words.isEmpty()) {
            return words;
        }
        boolean placeholder = words.stream().anyMatch(word -> word.contains("%s"));
        words.replaceAll(word -> word.replace("%s", url));
        if (!placeholder) {
            words.add(url);
        }
        return words;
    }

    private static boolean openWithDesktop(String url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return true;
            }
        } catch (Throwable e) { // AWTError without an X server, HeadlessException, IOException: all mean "no"
            LOG.debug("Desktop browse unavailable: {}", e.toString());
        }
        return false;
    }

}
