package inkwell;

import inkwell.web.http.NetworkAddresses;
import inkwell.web.http.Routes;
import inkwell.desktop.AppControl;
import inkwell.desktop.AwtTray;
import inkwell.desktop.Browser;
import inkwell.desktop.ErrorDialog;
import inkwell.desktop.FolderOpener;
import inkwell.desktop.Notices;
import inkwell.desktop.Opening;
import inkwell.desktop.SingleInstance;
import inkwell.desktop.TrayMenu;
import inkwell.logging.Logging;
import inkwell.settings.Settings;
import inkwell.storage.DatabaseException;
import inkwell.web.http.PortInUseException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launch flow: claim the data folder (or hand over to the Inkwell that has it), start the blog, print the
 * ready line, open the browser, show the tray; then wait for a stop (SIGTERM, Ctrl+C, tray Quit, the Stop page)
 * and shut everything down cleanly. The server never depends on the desktop parts.
 */
final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    /** A second launch may find the first one still starting; it waits this long for it to answer. */
    private static final Duration WAIT_FOR_RUNNING = Duration.ofMillis(1500);

    private final Settings settings;
    private final Browser browser;
    /** Until the tray is up (or known to be absent), what could not be opened waits to be told there. */
    private final Notices notices = new Notices(ErrorDialog::showLater);
    private final Opening opening;
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    Launcher(Settings settings, Map<String, String> environment) {
        this.settings = settings;
        this.browser = new Browser(environment);
        this.opening = new Opening(browser, new FolderOpener(), notices);
    }

    int run() {
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(settings.dataDir(), WAIT_FOR_RUNNING);
        } catch (IOException e) {
            return cannotStart("Cannot use the data folder " + settings.dataDir() + ": " + e.getMessage()
                    + ". Choose another with --data-dir DIR.", Inkwell.EXIT_USAGE);
        }
        if (claim instanceof SingleInstance.Taken taken) {
            return handOver(taken);
        }
        try (SingleInstance instance = ((SingleInstance.Owner) claim).instance()) {
            Logging.addFiles(settings.logFolder());
            String parent = System.getProperty(QuickStart.PARENT_PROPERTY);
            if (parent != null) {
                LOG.info("Quick start: the blog runs in PID {} with the installed app's memory settings, started by "
                        + "PID {}", ProcessHandle.current().pid(), parent);
            }
            return serve(instance);
        }
    }

    private int handOver(SingleInstance.Taken taken) {
        if (taken.url().isEmpty()) {
            System.err.println("inkwell: another Inkwell is using " + settings.dataDir() + " but does not answer. "
                    + "Stop it, or start this one with another --data-dir.");
            return Inkwell.EXIT_CANNOT_START;
        }
        System.out.println("Inkwell is already running at " + taken.url().get());
        if (settings.openBrowser()) {
            // This process ends right after: a notice waits for the user to close it (no tray to show it here).
            Notices handOverNotices = new Notices(ErrorDialog::show);
            handOverNotices.trayShown(Optional.empty());
            // Signed in like the first launch's browser: the running one's link, from the owner-only file.
            new Opening(browser, new FolderOpener(), handOverNotices).blog(taken.signInLink().orElse(taken.url().get()));
        }
        return Inkwell.EXIT_OK;
    }

    private int serve(SingleInstance instance) {
        Shutdown.onSignal(stopRequested::countDown);
        Blog blog;
        try {
            blog = Blog.start(settings, new AppControl(instance.instanceId(), stopRequested::countDown),
                    this::openBrowserWhileTheDatabaseStarts, true);
            instance.publish(blog.url(), blog.signInLink("/"));
        } catch (PortInUseException | DataFolderException e) {
            return cannotStart(e.getMessage(), Inkwell.EXIT_USAGE);
        } catch (DatabaseException | IOException e) {
            LOG.error("Cannot start", e);
            return cannotStart(e.getMessage(), Inkwell.EXIT_CANNOT_START);
        }
        Shutdown.onExit(blog::close);
        System.out.println("Inkwell running at " + blog.url());
        System.out.flush();
        tellWhoElseCanReach(blog);
        Optional<AwtTray> tray = settings.showTray() ? AwtTray.show(trayMenu(blog)) : Optional.empty();
        notices.trayShown(tray);
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tray.ifPresent(AwtTray::close);
        blog.close();
        return Inkwell.EXIT_OK;
    }

    /**
     * Bound beyond this computer, the start says where readers reach the blog and who may write, on standard error
     * (standard output keeps its one ready line for scripts).
     */
    private void tellWhoElseCanReach(Blog blog) {
        List<String> reachable = NetworkAddresses.reachable(settings.bind(), blog.url());
        if (reachable.isEmpty()) {
            return;
        }
        System.err.println("Readers on your network can open: " + String.join("  ", reachable));
        System.err.println(blog.ownerPasswordSet()
                ? "Writing from another device needs the owner password; over plain HTTP it crosses the network "
                        + "readable (see the README for HTTPS behind a proxy)."
                : "Writing stays on this computer: no owner password is set (Settings > Sign-in and sessions).");
    }

    /** The browser takes as long to start as Derby: both at once, its first request waits for the pages. */
    private void openBrowserWhileTheDatabaseStarts(String url) {
        if (settings.openBrowser()) {
            opening.blog(url);
        }
    }

    /** Says why on standard error and, for a double-clicked (non-headless) launch, in a dialog. */
    private int cannotStart(String message, int exitCode) {
        System.err.println("inkwell: " + message);
        if (settings.openBrowser() || settings.showTray()) {
            ErrorDialog.show(message);
        }
        return exitCode;
    }

    /** The tray opens the blog signed in, as the launch did. */
    private TrayMenu trayMenu(Blog blog) {
        return TrayMenu.forBlog(blog.url(), new TrayMenu.Actions() {
            @Override
            public void openBlog() {
                opening.blog(blog.signInLink("/"));
            }

            @Override
            public void writePost() {
                opening.blog(blog.signInLink(Routes.WRITE));
            }

            @Override
            public void openDataFolder() {
                opening.folder(settings.dataDir());
            }

            @Override
            public void quit() {
                stopRequested.countDown();
            }
        });
    }
}
