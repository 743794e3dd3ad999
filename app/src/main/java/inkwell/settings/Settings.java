package inkwell.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything Inkwell needs to know to start, after flags, environment, the data folder's
 * {@code inkwell.properties} and defaults have been merged (in that order of precedence).
 *
 * @param port          the port to listen on; {@code 0} takes any free port
 * @param portExplicit  whether the user asked for this port (then a busy port is an error instead of a fallback)
 * @param databaseUrl   a JDBC URL for another database; empty means the embedded Derby in {@code dataDir/db}
 * @param allowedHosts  host names the blog also answers to (a reverse proxy's), lower case
 * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For/Proto/Host headers are believed
 */
public record Settings(
        int port,
        boolean portExplicit,
        String bind,
        Path dataDir,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        String siteTitle,
        boolean openBrowser,
        boolean showTray,
        java.util.List<String> allowedHosts,
        java.util.List<String> trustedProxies) {

    /** The port Inkwell prefers when none is given: "INK" on a phone keypad is 465, taken; 8465 is quiet. */
    public static final int PREFERRED_PORT = 8465;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_SITE_TITLE = "Inkwell";

    /** Settings without extra host names, as most callers need them. */
    public Settings(int port, boolean portExplicit, String bind, Path dataDir, Optional<String> databaseUrl,
                    Optional<String> databaseUser, Optional<String> databasePassword, String siteTitle,
                    boolean openBrowser, boolean showTray) {
        this(port, portExplicit, bind, dataDir, databaseUrl, databaseUser, databasePassword, siteTitle, openBrowser,
                showTray, java.util.List.of(), java.util.List.of());
    }

    public Path databaseFolder() {
        return dataDir.resolve("db");
    }

    public Path logFolder() {
        return dataDir.resolve("logs");
    }

    /** Settings for tests and tools: a loopback server on any free port with no desktop integration. */
    public static Settings headless(Path dataDir) {
        return new Settings(0, true, DEFAULT_BIND, dataDir, Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_SITE_TITLE, false, false);
    }
}
