package inkwell;

import inkwell.desktop.SingleInstance;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.storage.DatabaseException;
import inkwell.storage.PostgresMigration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code inkwell migrate [--data-dir DIR] --to jdbc:postgresql://…}: copies the blog from the data folder's Derby
 * into an empty PostgreSQL database ({@link PostgresMigration}) and says how to start Inkwell on it. It refuses
 * while an Inkwell runs on the folder rather than handing the job over: embedded Derby opens in one process at a
 * time, and a blog still taking posts during the copy would lose the ones written after it. Exit status 0 when
 * copied, 1 when not, 2 for a wrong command line.
 */
final class MigrateCommand implements CommandArguments.Command {
    static final String NAME = "migrate";

    private final Settings settings;
    private final String url;
    private final PrintStream out;
    private final PrintStream err;

    private MigrateCommand(Settings settings, String url, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.url = url;
        this.out = out;
        this.err = err;
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return CommandArguments.run(NAME, err, () -> parse(args, environment, out, err));
    }

    private static MigrateCommand parse(String[] args, Map<String, String> environment, PrintStream out,
                                        PrintStream err) throws SettingsException {
        CommandArguments arguments = CommandArguments.split(args, "to");
        if (arguments.help()) {
            out.print(usage());
            return null;
        }
        String to = arguments.value("to").orElse("");
        if (!to.startsWith("jdbc:postgresql:")) {
            throw new SettingsException("say which PostgreSQL database to copy the blog into: "
                    + "--to jdbc:postgresql://HOST:PORT/DATABASE");
        }
        Settings settings = arguments.settings(environment, "migrate takes --data-dir, --to and "
                + "--database-user/--database-password; see --help");
        if (settings.databaseUrl().isPresent()) {
            throw new SettingsException("this blog is set to use " + settings.databaseUrl().get().split("[?;]")[0]
                    + " already (database-url); migrate copies the data folder's own embedded database");
        }
        return new MigrateCommand(settings, to, out, err);
    }

    static String usage() {
        return "Usage: java -jar inkwell.jar migrate [--data-dir DIR] --to jdbc:postgresql://HOST:PORT/DATABASE\n\n"
                + "Copies the whole blog from the data folder's embedded database into an empty PostgreSQL\n"
                + "database (user and password in the URL, or --database-user/--database-password, or\n"
                + "INKWELL_DATABASE_USER/INKWELL_DATABASE_PASSWORD), checks every table's row count, and prints\n"
                + "how to start Inkwell on it. Stop Inkwell first; the embedded database is left as it was.\n";
    }

    @Override
    public int run() {
        PostgresMigration migration;
        try {
            migration = PostgresMigration.of(settings, url);
        } catch (DatabaseException e) {
            err.println("inkwell migrate: " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(settings.dataDir(), Duration.ofSeconds(3));
        } catch (IOException e) {
            err.println("inkwell migrate: cannot use the data folder " + settings.dataDir() + ": " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        if (claim instanceof SingleInstance.Taken taken) {
            err.println("inkwell migrate: Inkwell is running on " + settings.dataDir()
                    + taken.url().map(at -> " at " + at).orElse("") + "; stop it first, then migrate.");
            return Inkwell.EXIT_CANNOT_START;
        }
        try (SingleInstance owned = ((SingleInstance.Owner) claim).instance()) {
            out.println("Copying the blog in " + settings.dataDir() + " to " + migration.targetDescription() + " …");
            List<PostgresMigration.Copied> copied = migration.run();
            for (PostgresMigration.Copied table : copied) {
                out.printf("  %-22s %,10d rows%n", table.table(), table.rows());
            }
            out.println("Every table has as many rows in PostgreSQL as in the embedded database, which is left as it was.");
            out.println("Start Inkwell on PostgreSQL with:");
            out.println("  " + startCommand());
            return Inkwell.EXIT_OK;
        } catch (DatabaseException e) {
            err.println("inkwell migrate: " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        }
    }

    /** The command line that starts this Inkwell on the new database, with the same data folder (media, index). */
    private String startCommand() {
        String jar = "inkwell.jar";
        try {
            Path code = Path.of(Inkwell.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jar = code.toString().endsWith(".jar") ? code.toString() : jar;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // No location to show: the plain jar name still tells the user what to type.
        }
        String credentials = settings.databaseUser().isPresent() ? " --database-user "
                + quoted(settings.databaseUser().get()) + " (and the same password)" : "";
        return "java -jar " + quoted(jar) + " --data-dir " + quoted(settings.dataDir().toString()) + " --database-url "
                + quoted(url) + credentials;
    }

    /** Quoted for a POSIX shell when it holds anything but plain characters. */
    private static String quoted(String text) {
        return text.matches("[A-Za-z0-9_./:=@%+,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
