package inkwell;

import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sub-command's arguments ({@code export}, {@code migrate}): its own flags with a value ({@code --to X} or
 * {@code --to=X}), whether help was asked for, and the rest, the machine settings ({@code --data-dir} and the
 * database flags) that {@link CommandLine} reads as the launcher does.
 */
final class CommandArguments {
    private final boolean help;
    private final Map<String, String> values;
    private final List<String> machine;

    private CommandArguments(boolean help, Map<String, String> values, List<String> machine) {
        this.help = help;
        this.values = values;
        this.machine = machine;
    }

    /** A parsed sub-command, ready to run; its exit status. */
    interface Command {
        int run();
    }

    /** Parses the arguments into a command, or into nothing when only help was asked for and printed. */
    interface Parser {
        Command parse() throws SettingsException;
    }

    /** The exit status: a wrong command line is one plain line and status 2, help is status 0. */
    static int run(String name, PrintStream err, Parser parser) {
        Command command;
        try {
            command = parser.parse();
        } catch (SettingsException e) {
            err.println("inkwell " + name + ": " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        return command == null ? Inkwell.EXIT_OK : command.run();
    }

    /** Splits {@code args} into the flags named in {@code own} (without their dashes) and the rest. */
    static CommandArguments split(String[] args, String... own) throws SettingsException {
        Map<String, String> values = new HashMap<>();
        List<String> machine = new ArrayList<>();
        Iterator<String> arguments = List.of(args).iterator();
        boolean help = false;
        while (arguments.hasNext()) {
            String arg = arguments.next();
            help |= arg.equals("--help") || arg.equals("-h");
            Optional<String> flag = List.of(own).stream()
                    .filter(name -> arg.equals("--" + name) || arg.startsWith("--" + name + "=")).findFirst();
            if (flag.isEmpty()) {
                machine.add(arg);
            } else if (arg.contains("=")) {
                values.put(flag.get(), arg.substring(arg.indexOf('=') + 1));
            } else if (arguments.hasNext()) {
                values.put(flag.get(), arguments.next());
            } else {
                throw new SettingsException("--" + flag.get() + " needs a value");
            }
        }
        return new CommandArguments(help, values, machine);
    }

    boolean help() {
        return help;
    }

    Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    /** The machine settings the other arguments, the environment and the data folder's properties give. */
    Settings settings(Map<String, String> environment, String refusal) throws SettingsException {
        CommandLine commandLine = CommandLine.parse(machine.toArray(String[]::new));
        if (commandLine.action() != CommandLine.Action.RUN) {
            throw new SettingsException(refusal);
        }
        return new SettingsLoader(environment).load(commandLine);
    }
}
