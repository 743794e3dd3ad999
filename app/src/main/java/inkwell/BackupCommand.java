package inkwell;

import inkwell.backup.BackupPages;
import inkwell.backup.BackupReason;
import inkwell.backup.Manifest;
import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code inkwell backup [--data-dir DIR]} and {@code inkwell restore [--data-dir DIR] NAME}: what the Backups page
 * does, from the command line. The Inkwell running on the folder does the job when there is one (a restore there
 * swaps its database while it keeps its address); otherwise the command opens the blog itself. Exit status 0 when
 * done, 1 when it could not be, 2 for a wrong command line.
 */
final class BackupCommand {
    static final String BACKUP = "backup";
    static final String RESTORE = "restore";
    private static final Duration LONGEST = Duration.ofMinutes(30);
    /** The flags whose value is the next word (the others, and {@code --flag=value}, stand alone). */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--data-dir", "--database-url",
            "--database-user", "--database-password", "--port", "--bind", "--site-title");

    private final String name;
    private final Settings settings;
    private final String backup;
    private final PrintStream out;
    private final PrintStream err;

    private BackupCommand(String name, Settings settings, String backup, PrintStream out, PrintStream err) {
        this.name = name;
        this.settings = settings;
        this.backup = backup;
        this.out = out;
        this.err = err;
    }

    static int run(String name, String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<String> machine = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(usage());
                return Inkwell.EXIT_OK;
            }
            boolean valueOfFlag = !machine.isEmpty() && VALUED.contains(machine.get(machine.size() - 1));
            (arg.startsWith("-") || valueOfFlag ? machine : names).add(arg);
        }
        Settings settings;
        try {
            if (name.equals(RESTORE) ? names.size() != 1 : !names.isEmpty()) {
                throw new SettingsException(name.equals(RESTORE)
                        ? "name the backup to restore: restore NAME (the Backups page and the backups folder list them)"
                        : "backup takes only --data-dir; see --help");
            }
            CommandLine commandLine = CommandLine.parse(machine.toArray(String[]::new));
            if (commandLine.action() != CommandLine.Action.RUN) {
                throw new SettingsException(name + " takes --data-dir; see --help");
            }
            settings = new SettingsLoader(environment).load(commandLine);
        } catch (SettingsException e) {
            err.println("inkwell " + name + ": " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        if (settings.databaseUrl().isPresent()) {
            err.println("inkwell " + name + ": " + BackupPages.NOT_DERBY);
            return Inkwell.EXIT_CANNOT_START;
        }
        return new BackupCommand(name, settings, names.isEmpty() ? null : names.get(0), out, err).run();
    }

    static String usage() {
        return "Usage: java -jar inkwell.jar backup [--data-dir DIR]\n"
                + "       java -jar inkwell.jar restore [--data-dir DIR] NAME\n\n"
                + "backup writes a backup of the whole blog (database and images) into the data folder's backups\n"
                + "folder; restore puts the blog back as the backup NAME has it, after backing up the current state.\n"
                + "Both work while Inkwell runs: the running Inkwell does the job.\n";
    }

    private int run() {
        return DataFolderCommand.run(name, settings, err, this::handOver, backup == null ? this::backUp : this::restore);
    }

    private int backUp(Blog blog) throws Exception {
        out.println("Backing up " + settings.dataDir() + " ...");
        Manifest made = blog.backups().backUpNow(BackupReason.MANUAL);
        out.println(String.format("Backed up %,d %s into %s (%s).", made.posts(), made.posts() == 1 ? "post" : "posts",
                blog.backups().folderOf(made), made.megabytes()));
        return Inkwell.EXIT_OK;
    }

    private int restore(Blog blog) throws Exception {
        Manifest manifest = blog.backups().find(backup).orElse(null);
        if (manifest == null) {
            err.println("inkwell restore: there is no backup named " + backup + " in "
                    + settings.dataDir().resolve("backups"));
            return Inkwell.EXIT_CANNOT_START;
        }
        out.println("Backing up the current state, then restoring " + manifest.name() + " ...");
        var outcome = blog.restore(manifest);
        (outcome.restored() ? out : err).println(outcome.restored() ? outcome.message()
                : "inkwell restore: " + outcome.message());
        return outcome.restored() ? Inkwell.EXIT_OK : Inkwell.EXIT_CANNOT_START;
    }

    /** The running Inkwell does it; a restore answers at once, and its outcome is asked for once it is over. */
    private int handOver(String url, String token) {
        out.println("Inkwell is running at " + url + "; it does the " + name + ".");
        SignedRequests running = new SignedRequests(url, token, LONGEST);
        try {
            if (backup == null) {
                return said(running.post("backups/command"), 200);
            }
            HttpResponse<String> started = running.post("backups/command/restore?name="
                    + java.net.URLEncoder.encode(backup, java.nio.charset.StandardCharsets.UTF_8));
            if (started.statusCode() != 202) {
                return said(started, 202);
            }
            out.println(started.body().strip());
            return said(running.get("backups/command/restore"), 200);
        } catch (java.io.IOException e) {
            err.println("inkwell " + name + ": lost the running Inkwell at " + url + ": " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inkwell.EXIT_CANNOT_START;
        }
    }

    private int said(HttpResponse<String> response, int success) {
        String text = SignedRequests.text(response);
        if (response.statusCode() == success) {
            out.println(text);
            return Inkwell.EXIT_OK;
        }
        err.println("inkwell " + name + ": " + text);
        return Inkwell.EXIT_CANNOT_START;
    }
}
