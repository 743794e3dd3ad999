package inkwell.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One setting, reachable as a flag ({@code --data-dir}), an environment variable ({@code INKWELL_DATA_DIR})
 * and a key in {@code inkwell.properties} ({@code data-dir}). Switches take no value on the command line.
 */
enum Option {
    PORT("port", "N", "port to listen on; 0 takes any free port (default " + Settings.PREFERRED_PORT
            + ", or a free one when that is busy)"),
    BIND("bind", "ADDR", "address to listen on (default " + Settings.DEFAULT_BIND + ": this computer only)"),
    ALLOWED_HOSTS("allowed-hosts", "NAMES", "other host names this blog answers to, comma-separated (a reverse "
            + "proxy's public name, say); this computer's own name is always allowed"),
    TRUSTED_PROXIES("trusted-proxies", "ADDRS", "addresses of reverse proxies in front of Inkwell, comma-separated; "
            + "only their X-Forwarded-For, -Proto and -Host headers are believed"),
    DATA_DIR("data-dir", "DIR", "folder for the database, logs and settings (default: the per-user app folder)"),
    DATABASE_URL("database-url", "JDBC_URL", "use this database instead of the embedded one, e.g. "
            + "jdbc:postgresql://localhost/inkwell"),
    DATABASE_USER("database-user", "NAME", "user name for --database-url"),
    DATABASE_PASSWORD("database-password", "SECRET", "password for --database-url (prefer the environment variable)"),
    SITE_TITLE("site-title", "TEXT", "the blog's name, shown in the header and in link previews"),
    NO_BROWSER("no-browser", null, "do not open the browser when ready"),
    NO_TRAY("no-tray", null, "do not show the tray icon"),
    HEADLESS("headless", null, "no browser and no tray (servers, CI, benchmarks)");

    final String flagName;
    final String valueName;
    final String description;

    Option(String flagName, String valueName, String description) {
        this.flagName = flagName;
        this.valueName = valueName;
        this.description = description;
    }

    boolean isSwitch() {
        return valueName == null;
    }

    String flag() {
        return "--" + flagName;
    }

    String environmentVariable() {
        return "INKWELL_" + name();
    }

    String propertyKey() {
        return flagName;
    }

    static Optional<Option> byFlagName(String name) {
        return Arrays.stream(values()).filter(option -> option.flagName.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
