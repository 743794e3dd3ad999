package inkwell.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parsed command line: either a request for help or the version, or the flags to run with.
 * Accepts {@code --flag value} and {@code --flag=value}.
 */
public record CommandLine(Action action, Map<Option, String> values) {

    public enum Action { RUN, HELP, VERSION, SELF_TEST }

    public static CommandLine parse(String... args) throws SettingsException {
        Map<Option, String> values = new EnumMap<>(Option.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(Action.HELP, Map.of());
            }
            if (arg.equals("--version") || arg.equals("-V")) {
                return new CommandLine(Action.VERSION, Map.of());
            }
            if (arg.equals("--self-test")) {
                return new CommandLine(Action.SELF_TEST, Map.of());
            }
            if (!arg.startsWith("--")) {
                throw new SettingsException("Unexpected argument \"" + arg + "\". Run with --help to see the options.");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            Option option = Option.byFlagName(name).orElseThrow(() -> new SettingsException(
                    "Unknown option \"--" + name + "\". Run with --help to see the options."));
            String value;
            if (option.isSwitch()) {
                if (equals >= 0) {
                    throw new SettingsException(option.flag() + " takes no value");
                }
                value = "true";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new SettingsException(option.flag() + " needs a value: " + option.flag() + " " + option.valueName);
            }
            values.put(option, value);
        }
        return new CommandLine(Action.RUN, Collections.unmodifiableMap(values));
    }

    public static String usage(String version) {
        StringBuilder text = new StringBuilder();
        text.append("Inkwell ").append(version).append(" - a personal blog that runs on your computer\n\n")
                .append("Usage: java -jar inkwell.jar [options]\n\nOptions:\n");
        for (Option option : Option.values()) {
            String left = option.flag() + (option.isSwitch() ? "" : " " + option.valueName);
            text.append(String.format("  %-28s %s%n", left, option.description));
        }
        text.append(String.format("  %-28s %s%n", "--help", "show this help and exit"))
                .append(String.format("  %-28s %s%n", "--version", "show the version and exit"))
                .append(String.format("  %-28s %s%n", "--self-test", "run a blog in a temporary folder, try every "
                        + "page, report and exit"))
                .append("\nCommands:\n")
                .append(String.format("  %-28s %s%n", "publish [--to T] [--base-url U]", "publish the blog as a static site "
                        + "to a folder or Git remote (publish --help)"))
                .append(String.format("  %-28s %s%n", "export --to FILE.zip", "write the whole blog as a zip that "
                        + "Hugo builds (export --help)"))
                .append(String.format("  %-28s %s%n", "backup", "back the blog up into the data folder's "
                        + "backups folder (backup --help)"))
                .append(String.format("  %-28s %s%n", "restore NAME", "restore the backup NAME, after backing up "
                        + "the current state"))
                .append(String.format("  %-28s %s%n", "migrate --to JDBC_URL", "copy the blog into an empty "
                        + "PostgreSQL database (migrate --help)"))
                .append("\nEvery option can also be set as an environment variable (--data-dir as INKWELL_DATA_DIR)\n")
                .append("or in inkwell.properties inside the data folder (data-dir excepted): data-dir=..., port=...\n")
                .append("Flags win over the environment, which wins over the properties file.\n");
        return text.toString();
    }
}
