package inkwell;

import inkwell.articles.ArticleHandlers;
import inkwell.desktop.AppControl;
import inkwell.desktop.SystemHandlers;
import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import inkwell.web.AssetUrls;
import inkwell.web.Csrf;
import inkwell.web.CsrfKey;
import inkwell.web.PageCache;
import inkwell.web.PagesGate;
import inkwell.web.PortInUseException;
import inkwell.web.Router;
import inkwell.web.ServerAddress;
import inkwell.web.Templates;
import inkwell.web.WebServer;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running blog: database, pages and web server, wired together, with every route in {@link #routes}.
 * Closing it is the one clean shutdown: stop taking requests, let running ones finish, write the view counts,
 * close JPA and shut Derby down.
 */
public final class Blog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Blog.class);
    static final long VIEW_FLUSH_SECONDS = 5;

    private final Database database;
    private final ArticleHandlers articles;
    private final WebServer server;
    private final ScheduledExecutorService flusher;
    private boolean closed;

    private Blog(Database database, ArticleHandlers articles, WebServer server, ScheduledExecutorService flusher) {
        this.database = database;
        this.articles = articles;
        this.server = server;
        this.flusher = flusher;
    }

    /** Starts a blog with no welcome post and nothing to do once it listens (tests, the self-test). */
    public static Blog start(Settings settings, AppControl control)
            throws DatabaseException, PortInUseException, IOException {
        return start(settings, control, url -> { }, false);
    }

    /**
     * Starts the database and the web server side by side (on two cores this hides the server's start-up behind
     * Derby's), then opens the pages once the database is ready. {@code listening} is told the address as soon as
     * the server listens, while the database may still be starting: the launcher opens the browser there, so the
     * browser's own start overlaps Derby's and its first request simply waits for the pages. With
     * {@code welcome}, a new data folder gets its welcome post before any page is served. Whatever fails,
     * nothing is left running.
     */
    public static Blog start(Settings settings, AppControl control, Consumer<String> listening, boolean welcome)
            throws DatabaseException, PortInUseException, IOException {
        DataFolder.prepare(settings);
        CompletableFuture<Database> opening = openInBackground(settings);
        PagesGate gate = new PagesGate();
        WebServer server;
        Templates templates;
        Csrf csrf;
        PageCache pages = new PageCache();
        try {
            templates = new Templates(settings.siteTitle(), new AssetUrls(Blog.class.getClassLoader()));
            csrf = new Csrf(CsrfKey.loadOrCreate(settings.dataDir()));
            server = WebServer.start(new ServerAddress(settings.bind(), settings.port(), settings.portExplicit()),
                    gate, templates, pages);
        } catch (IOException | PortInUseException | RuntimeException e) {
            closeWhenOpen(opening);
            throw e;
        }
        listening.accept(server.url());
        Database database;
        try {
            database = awaitDatabase(opening);
        } catch (DatabaseException | RuntimeException e) {
            gate.fail();
            server.stop();
            throw e;
        }
        try {
            ArticleHandlers articles = new ArticleHandlers(database, templates, csrf, Clock.systemUTC(), pages);
            SystemHandlers system = new SystemHandlers(control, templates, csrf);
            if (welcome) {
                articles.welcomeOnFirstRun(settings.dataDir(), server.url());
            }
            gate.open(routes(articles, system));
            ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "inkwell-view-flusher");
                thread.setDaemon(true);
                return thread;
            });
            flusher.scheduleWithFixedDelay(articles::flushViews, VIEW_FLUSH_SECONDS, VIEW_FLUSH_SECONDS,
                    TimeUnit.SECONDS);
            LOG.info("Inkwell serving {} from {}", server.url(), settings.dataDir());
            return new Blog(database, articles, server, flusher);
        } catch (IOException | RuntimeException e) {
            gate.fail();
            server.stop();
            database.close();
            throw e;
        }
    }

    private static CompletableFuture<Database> openInBackground(Settings settings) {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(Database.open(settings));
            } catch (DatabaseException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "inkwell-database-start");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    private static Database awaitDatabase(CompletableFuture<Database> opening) throws DatabaseException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DatabaseException cause) {
                throw cause;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The web server could not start: the database still starting is closed as soon as it is up. */
    private static void closeWhenOpen(CompletableFuture<Database> opening) {
        try {
            awaitDatabase(opening).close();
        } catch (DatabaseException | RuntimeException e) {
            LOG.debug("The database did not open either: {}", e.getMessage());
        }
    }

    /** Every page of the blog. The original app's URLs ({@code /new}, {@code /posts/{id}}) keep working. */
    static Router routes(ArticleHandlers articles, SystemHandlers system) {
        return new Router()
                .get("/", articles::home)
                .get("/posts", articles::list)
                .post("/posts", articles::create)
                .get("/new", articles::newForm)
                .get("/posts/new", articles::newForm)
                .get("/posts/{id}", articles::showById)
                .get("/posts/{id}/{slug}", articles::show)
                .get("/posts/{id}/edit", articles::editForm)
                .post("/posts/{id}/edit", articles::update)
                .get("/posts/{id}/delete", articles::deleteConfirm)
                .post("/posts/{id}/delete", articles::delete)
                .get("/health", system::health)
                .get("/stop", system::stopConfirm)
                .post("/stop", system::stop);
    }

    public String url() {
        return server.url();
    }

    /** The first launch on a new data folder greets the writer with a post on how Inkwell works. */
    public void welcomeOnFirstRun(Settings settings) throws IOException {
        articles.welcomeOnFirstRun(settings.dataDir(), url());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        flusher.shutdownNow();
        articles.flushViews();
        database.close();
        LOG.info("Inkwell stopped cleanly");
    }
}
