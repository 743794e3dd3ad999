package inkwell;

import inkwell.desktop.AppControl;
import inkwell.desktop.SingleInstance;
import inkwell.logging.Logging;
import inkwell.settings.Settings;
import inkwell.web.security.CommandToken;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * What the commands that work on a blog's data folder share ({@code publish}, {@code export}): only one process
 * may open the database, so when an Inkwell already runs on the folder the command hands its job to it (signed
 * with the command token it left there); otherwise the command opens the blog itself, with no browser, tray or
 * port anyone would use.
 */
final class DataFolderCommand {
    private static final Duration WAIT_FOR_RUNNING = Duration.ofSeconds(3);

    /** The job, done by the Inkwell running at {@code url}. */
    interface HandOver {
        int to(String url, String token);
    }

    /** The job, done here on a blog this command opened. */
    interface Here {
        int on(Blog blog) throws Exception;
    }

    private DataFolderCommand() {
    }

    static int run(String name, Settings settings, PrintStream err, HandOver handOver, Here here) {
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(settings.dataDir(), WAIT_FOR_RUNNING);
        } catch (IOException e) {
            err.println("inkwell " + name + ": cannot use the data folder " + settings.dataDir() + ": " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        if (claim instanceof SingleInstance.Taken taken) {
            if (taken.url().isEmpty()) {
                err.println("inkwell " + name + ": another Inkwell is using " + settings.dataDir()
                        + " but does not answer; try again in a moment.");
                return Inkwell.EXIT_CANNOT_START;
            }
            Optional<String> token = CommandToken.read(settings.dataDir());
            if (token.isEmpty()) {
                err.println("inkwell " + name + ": the running Inkwell left no command token in "
                        + settings.dataDir() + "; restart it and try again.");
                return Inkwell.EXIT_CANNOT_START;
            }
            return handOver.to(taken.url().get(), token.get());
        }
        try (SingleInstance instance = ((SingleInstance.Owner) claim).instance()) {
            Settings quiet = new Settings(0, true, Settings.DEFAULT_BIND, settings.dataDir(), settings.databaseUrl(),
                    settings.databaseUser(), settings.databasePassword(), settings.siteTitle(), false, false);
            Logging.addFiles(settings.logFolder());
            try (Blog blog = Blog.start(quiet, new AppControl(instance.instanceId(), () -> { }))) {
                return here.on(blog);
            } catch (Exception e) {
                err.println("inkwell " + name + ": " + e.getMessage());
                return Inkwell.EXIT_CANNOT_START;
            }
        }
    }
}
