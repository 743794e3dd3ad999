package inkwell.settings;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Merges the sources of settings: command-line flags win over {@code INKWELL_*} environment variables, which
 * win over {@code inkwell.properties} in the data folder, which wins over the defaults.
 */
public final class SettingsLoader {
    public static final String PROPERTIES_FILE = "inkwell.properties";

    private final Map<String, String> environment;

    public SettingsLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    public Settings load(CommandLine commandLine) throws SettingsException {
        Map<Option, String> fromEnvironment = fromEnvironment();
        Map<Option, String> merged = new EnumMap<>(Option.class);
        // The data folder cannot come from the properties file that lives inside it.
        String dataDirText = commandLine.values().getOrDefault(Option.DATA_DIR, fromEnvironment.get(Option.DATA_DIR));
        Path dataDir = dataDirText == null ? AppDirs.defaultDataDir(environment) : parsePath(dataDirText);
        merged.putAll(fromPropertiesFile(dataDir));
        merged.putAll(fromEnvironment);
        merged.putAll(commandLine.values());
        return build(merged, dataDir);
    }

    private Settings build(Map<Option, String> values, Path dataDir) throws SettingsException {
        boolean headless = flag(values, Option.HEADLESS);
        String portText = values.get(Option.PORT);
        int port = portText == null ? Settings.PREFERRED_PORT : parsePort(portText);
        String bind = values.getOrDefault(Option.BIND, Settings.DEFAULT_BIND).trim();
        validateBind(bind);
        Optional<String> databaseUrl = optional(values, Option.DATABASE_URL);
        if (databaseUrl.isPresent() && !databaseUrl.get().startsWith("jdbc:")) {
            throw new SettingsException("--database-url must be a JDBC URL starting with \"jdbc:\", got \""
                    + databaseUrl.get() + "\"");
        }
        String siteTitle = optional(values, Option.SITE_TITLE).orElse(Settings.DEFAULT_SITE_TITLE);
        return new Settings(port, portText != null, bind, dataDir.toAbsolutePath().normalize(), databaseUrl,
                optional(values, Option.DATABASE_USER), optional(values, Option.DATABASE_PASSWORD), siteTitle,
                !headless && !flag(values, Option.NO_BROWSER), !headless && !flag(values, Option.NO_TRAY),
                hostNames(optional(values, Option.ALLOWED_HOSTS).orElse("")),
                addresses(optional(values, Option.TRUSTED_PROXIES).orElse("")));
    }

    /** {@code --allowed-hosts}: plain DNS names (no scheme, port or path), lower-cased. */
    static java.util.List<String> hostNames(String text) throws SettingsException {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 253 || !name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
                throw new SettingsException("--allowed-hosts takes host names separated by commas, such as "
                        + "blog.example.org; \"" + part.trim() + "\" is not one");
            }
            names.add(name);
        }
        return java.util.List.copyOf(names);
    }

    /** {@code --trusted-proxies}: IP addresses only (a name would be looked up, and could be made to lie). */
    static java.util.List<String> addresses(String text) throws SettingsException {
        java.util.List<String> addresses = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String address = part.trim();
            if (address.isEmpty()) {
                continue;
            }
            if (!address.matches("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}")) {
                throw new SettingsException("--trusted-proxies takes IP addresses separated by commas, such as "
                        + "127.0.0.1; \"" + address + "\" is not one");
            }
            try {
                addresses.add(InetAddress.getByName(address).getHostAddress());
            } catch (UnknownHostException e) {
                throw new SettingsException("--trusted-proxies: \"" + address + "\" is not an IP address");
            }
        }
        return java.util.List.copyOf(addresses);
    }

    private Map<Option, String> fromEnvironment() {
        Map<Option, String> values = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            String value = environment.get(option.environmentVariable());
            if (value != null && !value.isBlank()) {
                values.put(option, value);
            }
        }
        return values;
    }

    private static Map<Option, String> fromPropertiesFile(Path dataDir) throws SettingsException {
        Path file = dataDir.resolve(PROPERTIES_FILE);
        Map<Option, String> values = new EnumMap<>(Option.class);
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("Cannot read " + file + ": " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            Option option = Option.byFlagName(key).orElseThrow(() -> new SettingsException(
                    "Unknown setting \"" + key + "\" in " + file + " (known: " + knownKeys() + ")"));
            if (option != Option.DATA_DIR) {
                values.put(option, properties.getProperty(key).trim());
            }
        }
        return values;
    }

    private static String knownKeys() {
        StringBuilder keys = new StringBuilder();
        for (Option option : Option.values()) {
            if (option != Option.DATA_DIR) {
                keys.append(keys.length() == 0 ? "" : ", ").append(option.propertyKey());
            }
        }
        return keys.toString();
    }

    private static Optional<String> optional(Map<Option, String> values, Option option) {
        return Optional.ofNullable(values.get(option)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static boolean flag(Map<Option, String> values, Option option) throws SettingsException {
        String value = values.get(option);
        if (value == null) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on":
                return true;
            case "false", "no", "0", "off":
                return false;
            default:
                throw new SettingsException(option.environmentVariable() + " / " + option.propertyKey()
                        + " must be true or false, got \"" + value + "\"");
        }
    }

    static int parsePort(String text) throws SettingsException {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        throw new SettingsException("--port must be a number from 0 to 65535 (0 = any free port), got \"" + text
                + "\"");
    }

    private static void validateBind(String bind) throws SettingsException {
        boolean literal = bind.matches("[0-9.]+") || bind.contains(":");
        if (!literal && !bind.equalsIgnoreCase("localhost")) {
            throw new SettingsException("--bind must be an IP address such as 127.0.0.1 or ::1, got \"" + bind
                    + "\"");
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException | SecurityException e) {
            throw new SettingsException("--bind must be an IP address such as 127.0.0.1 or ::1, got \"" + bind
                    + "\"");
        }
    }

    private static Path parsePath(String text) throws SettingsException {
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            throw new SettingsException("--data-dir is not a valid folder path: " + e.getMessage());
        }
    }
}
