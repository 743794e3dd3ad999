package inkwell;

import inkwell.desktop.Browser;
import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;
import inkwell.storage.DatabaseException;
import inkwell.web.PortInUseException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
            settings = new SettingsLoader(System.getenv()).load(commandLine);
        } catch (SettingsException e) {
            System.err.println("inkwell: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        Logging.configure(settings.logFolder());
        System.exit(run(settings));
    }

    static int run(Settings settings) {
        Logger log = LoggerFactory.getLogger(Inkwell.class);
        Blog blog;
        try {
            blog = Blog.start(settings);
        } catch (PortInUseException | DataFolderException e) {
            System.err.println("inkwell: " + e.getMessage());
            return EXIT_USAGE;
        } catch (DatabaseException | IOException e) {
            log.error("Cannot start", e);
            System.err.println("inkwell: " + e.getMessage());
            return EXIT_CANNOT_START;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Shutdown.onSignal(() -> {
            blog.close();
            stopped.countDown();
        });
        System.out.println("Inkwell running at " + blog.url());
        System.out.flush();
        if (settings.openBrowser()) {
            Browser.open(blog.url());
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            blog.close();
        }
        return EXIT_OK;
    }
}
