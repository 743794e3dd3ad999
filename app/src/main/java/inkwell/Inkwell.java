package inkwell;

import inkwell.logging.Logging;
import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;

/**
 * Entry point: reads the settings, starts the blog, prints the ready line and opens the browser. Exit codes:
 * 0 after a clean stop (SIGTERM, Ctrl+C), 1 when the database cannot start, 2 for a wrong flag or setting, a
 * busy port the user asked for, or a data folder it cannot write.
 */
public final class Inkwell {
    static final int EXIT_OK = 0;
    static final int EXIT_CANNOT_START = 1;
    static final int EXIT_USAGE = 2;

    private Inkwell() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PublishCommand.NAME)) {
            Logging.warningsOnStandardError();
            System.exit(PublishCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ExportCommand.NAME)) {
            Logging.warningsOnStandardError();
            System.exit(ExportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && (args[0].equals(BackupCommand.BACKUP) || args[0].equals(BackupCommand.RESTORE))) {
            Logging.warningsOnStandardError();
            System.exit(BackupCommand.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.getenv(), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(MigrateCommand.NAME)) {
            Logging.warningsOnStandardError();
            System.exit(MigrateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            Logging.warningsOnStandardError();
            System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        // The quick start's first JVM only starts the second: it warms nothing up (that would only grow it).
        boolean relaunch = QuickStart.wanted();
        if (!relaunch) {
            StartWarmUp.begin();
        }
        CommandLine commandLine;
        Settings settings;
        try {
            commandLine = CommandLine.parse(args);
            if (commandLine.action() == CommandLine.Action.HELP) {
                System.out.print(CommandLine.usage(Version.current()));
                return;
            }
            if (commandLine.action() == CommandLine.Action.VERSION) {
                System.out.println("Inkwell " + Version.current());
                return;
            }
            if (commandLine.action() == CommandLine.Action.SELF_TEST) {
                System.exit(new SelfTest(System.out).run());
                return;
            }
            settings = new SettingsLoader(System.getenv()).load(commandLine);
        } catch (SettingsException e) {
            System.err.println("inkwell: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        if (relaunch) {
            int status = QuickStart.relaunch(args);
            if (status >= 0) {
                System.exit(status);
                return;
            }
        }
        QuickStart.stopWhenTheParentGoes();
        Logging.toStandardError(); // the launcher adds the log files once this process owns the data folder
        // Off the path to the first page: the platform MBean server, which Undertow's XNIO registers with as it
        // starts (there is no switch to stop it; a tenth of a second or more at start), is built here beside the
        // main thread's work rather than in its path; nothing needs the tuning before the first requests either.
        Thread tuning = new Thread(() -> {
            java.lang.management.ManagementFactory.getPlatformMBeanServer();
            JvmTuning.applyWhenUntuned();
        }, "inkwell-jvm-tuning");
        tuning.setDaemon(true);
        tuning.start();
        System.exit(run(settings));
    }

    static int run(Settings settings) {
        return new Launcher(settings, System.getenv()).run();
    }
}
