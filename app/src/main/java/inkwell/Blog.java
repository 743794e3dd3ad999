package inkwell;

import inkwell.auth.OwnerOnly;
import inkwell.auth.OwnerPassword;
import inkwell.auth.OwnerRecognition;
import inkwell.auth.OwnerSessions;
import inkwell.auth.SignInPages;
import inkwell.auth.SignInToken;
import inkwell.media.MediaPages;
import inkwell.media.MediaStore;
import inkwell.media.StoredImageSizes;
import inkwell.posts.Posts;
import inkwell.posts.ReadingPages;
import inkwell.posts.RevisionPages;
import inkwell.posts.Revisions;
import inkwell.posts.TagPages;
import inkwell.posts.PreviewPages;
import inkwell.transfer.ExportArchive;
import inkwell.transfer.ExportPages;
import inkwell.transfer.Exports;
import inkwell.posts.WritingPages;
import inkwell.publish.CrawlFiles;
import inkwell.publish.PublishCommandPage;
import inkwell.publish.PublishPages;
import inkwell.publish.Publisher;
import inkwell.publish.StaticSite;
import inkwell.posts.PublicPosts;
import inkwell.search.SearchIndex;
import inkwell.search.SearchPages;
import inkwell.site.SettingValues;
import inkwell.web.security.CommandToken;
import inkwell.web.security.VouchedHosts;
import inkwell.desktop.AppControl;
import inkwell.desktop.LaunchCommand;
import inkwell.desktop.LoginItem;
import inkwell.desktop.SystemHandlers;
import inkwell.settings.Settings;
import inkwell.site.CurrentSite;
import inkwell.site.SitePages;
import inkwell.site.SiteSettings;
import inkwell.site.SiteSettingsService;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import inkwell.views.ViewCounter;
import inkwell.web.assets.AssetUrls;
import inkwell.web.security.Csrf;
import inkwell.web.security.CsrfKey;
import inkwell.web.cache.PageCache;
import inkwell.web.http.PagesGate;
import inkwell.web.http.PortInUseException;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.http.ServerAddress;
import inkwell.web.view.Templates;
import inkwell.web.http.WebServer;
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
    static final long SCHEDULE_CHECK_MILLIS = 1000;

    private final Database database;
    private final Posts posts;
    private final ViewCounter views;
    private final WebServer server;
    private final ScheduledExecutorService flusher;
    private final PageCache pages;
    private final Publisher publisher;
    private final SearchIndex search;
    private final Exports exports;
    private final OwnerSessions sessions;
    private final SignInToken signIn;
    private final OwnerPassword password;
    private boolean closed;

    private Blog(Database database, Posts posts, ViewCounter views, WebServer server,
                 ScheduledExecutorService flusher, PageCache pages, Publisher publisher, SearchIndex search,
                 Exports exports, OwnerSessions sessions, SignInToken signIn, OwnerPassword password) {
        this.password = password;
        this.sessions = sessions;
        this.signIn = signIn;
        this.publisher = publisher;
        this.exports = exports;
        this.search = search;
        this.database = database;
        this.posts = posts;
        this.views = views;
        this.server = server;
        this.flusher = flusher;
        this.pages = pages;
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
        CommandToken commands;
        PageCache pages = new PageCache();
        CurrentSite site = new CurrentSite(SiteSettings.titled(settings.siteTitle()));
        SignInToken signIn = SignInToken.random();
        OwnerSessions sessions;
        try {
            sessions = OwnerSessions.inFolder(settings.dataDir(), Clock.systemUTC());
            templates = new Templates(site, new AssetUrls(Blog.class.getClassLoader()));
            csrf = new Csrf(CsrfKey.loadOrCreate(settings.dataDir()));
            commands = CommandToken.create(settings.dataDir());
            server = WebServer.start(new ServerAddress(settings.bind(), settings.port(), settings.portExplicit()),
                    gate, templates, pages, next -> new OwnerRecognition(sessions, next),
                    new VouchedHosts(settings.allowedHosts(), () -> site.settings().publicAddress()
                            .map(address -> java.net.URI.create(address.base()).getHost())),
                    java.util.Set.copyOf(settings.trustedProxies()));
        } catch (IOException | PortInUseException | RuntimeException e) {
            closeWhenOpen(opening);
            throw e;
        }
        listening.accept(signIn.link(server.url(), "/"));
        Database database;
        try {
            database = awaitDatabase(opening);
        } catch (DatabaseException | RuntimeException e) {
            gate.fail();
            server.stop();
            throw e;
        }
        SearchIndex search = null;
        try {
            SiteSettingsService siteSettings = new SiteSettingsService(database, site, pages);
            siteSettings.load(SiteSettings.titled(settings.siteTitle()));
            ViewCounter views = new ViewCounter(database, Clock.systemUTC());
            Posts posts = new Posts(database, views, Clock.systemUTC(), pages);
            // It follows writes from here on (the welcome post's too), and opens once the pages are served.
            search = SearchIndex.inFolder(settings.dataDir().resolve("search"), new PublicPosts(database));
            posts.onPostChange(search::follow);
            MediaStore media = new MediaStore(settings.dataDir().resolve("media"));
            posts.renderImagesWith(new StoredImageSizes(media));
            if (welcome) {
                posts.welcomeOnFirstRun(settings.dataDir());
            }
            // Times that passed while Inkwell was off: public before the first page is served.
            publishDue(posts);
            Publisher publisher = publisher(settings, database, site, posts, templates, media);
            siteSettings.onSave(saved -> publisher.changed());
            Exports exports = new Exports(posts, site, media);
            Revisions revisions = new Revisions(database, posts, Clock.systemUTC());
            OwnerPassword password = new OwnerPassword(new SettingValues(database));
            SignInPages signInPages = new SignInPages(sessions, password, signIn, templates, csrf, Clock.systemUTC());
            gate.open(routes(signInPages, new ReadingPages(posts, templates, csrf, pages, site),
                    new WritingPages(posts, revisions, templates, csrf, site), new PreviewPages(posts, templates, csrf),
                    new RevisionPages(posts, revisions, templates, csrf),
                    new TagPages(posts, pages, templates, csrf, site),
                    new CrawlFiles(posts, templates),
                    new SitePages(siteSettings, site, templates, csrf, LoginItem.forThisComputer(System.getenv()),
                            LaunchCommand.current(settings.dataDir())),
                    new PublishPages(publisher, site, templates, csrf), new PublishCommandPage(publisher, commands),
                    new SearchPages(search, templates),
                    new ExportPages(exports, templates, csrf, commands, Clock.systemDefaultZone()),
                    new SystemHandlers(control, templates, csrf), new MediaPages(media, database, templates, csrf)));
            // A rebuild (the first start, a restore) takes both cores for a while: after start-up, not during it.
            search.start();
            LOG.info("Inkwell serving {} from {}", server.url(), settings.dataDir());
            return new Blog(database, posts, views, server, background(views, posts), pages, publisher, search,
                    exports, sessions, signIn, password);
        } catch (IOException | RuntimeException e) {
            gate.fail();
            server.stop();
            if (search != null) {
                search.close();
            }
            database.close();
            throw e;
        }
    }

    /** Publishing renders the public blog as a static site with the live pages' own templates. */
    private static Publisher publisher(Settings settings, Database database, CurrentSite site, Posts posts,
                                       Templates templates, MediaStore media) {
        StaticSite staticSite = new StaticSite(posts, templates, media);
        Publisher publisher = new Publisher(address -> staticSite.render(site.settings().withPublicAddress(address),
                site.aboutHtml()),
                site, new SettingValues(database), settings.dataDir(), Clock.systemUTC());
        posts.onChange(publisher::changed);
        return publisher;
    }

    /**
     * The blog's clockwork, on one daemon thread that never holds up shutdown: view counts written in batches, and
     * scheduled posts published within a second of their time.
     */
    private static ScheduledExecutorService background(ViewCounter views, Posts posts) {
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inkwell-background");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(views::flush, VIEW_FLUSH_SECONDS, VIEW_FLUSH_SECONDS, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(() -> publishDue(posts), SCHEDULE_CHECK_MILLIS, SCHEDULE_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        return background;
    }

    /** A failed check (the disk full, say) is tried again a second later; it must not end the schedule. */
    private static void publishDue(Posts posts) {
        try {
            int published = posts.publishDue();
            if (published > 0) {
                LOG.info("Published {} scheduled post(s)", published);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not publish the scheduled posts yet: {}", e.getMessage());
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

    /**
     * Every page of the blog, by its named route. {@code owner(…)} marks what only the owner may use: a visitor is
     * sent to sign in (GET) or refused (POST). Saving a post checks for itself, so that a refused save comes back
     * with the text kept. The command routes take the data folder's command token instead of a browser session.
     */
    static Router routes(SignInPages signIn, ReadingPages reading, WritingPages writing, PreviewPages preview,
                         RevisionPages revisions, TagPages tags, CrawlFiles crawl, SitePages site, PublishPages publish,
                         PublishCommandPage publishCommand, SearchPages search, ExportPages export,
                         SystemHandlers system, MediaPages media) {
        return new Router()
                .get(Routes.HOME, reading::home)
                .get(Routes.POSTS, reading::list)
                .post(Routes.POSTS, writing::create)
                .get(Routes.WRITE, owner(writing::newForm))
                .get(Routes.WRITE_LONG, owner(writing::newForm))
                .get(Routes.DRAFTS, owner(writing::drafts))
                .post(Routes.PREVIEW, owner(preview::preview))
                .get(Routes.TAGS, tags::index)
                .post(Routes.TAGS, owner(tags::rename))
                .get(Routes.TAG, tags::show)
                .get(Routes.TAG_FEED, crawl::tagFeed)
                .get(Routes.POST_BY_ID, reading::showById)
                .get(Routes.POST, reading::show)
                .get(Routes.EDIT, owner(writing::editForm))
                .post(Routes.EDIT, writing::update)
                .get(Routes.DELETE, owner(writing::deleteConfirm))
                .post(Routes.DELETE, owner(writing::delete))
                .get(Routes.REVISIONS, owner(revisions::history))
                .get(Routes.REVISIONS_COMPARE, owner(revisions::compare))
                .post(Routes.REVISION_RESTORE, owner(revisions::restore))
                .post(Routes.AUTOSAVE, owner(revisions::autosave))
                .post(Routes.AUTOSAVE_NEW, owner(revisions::autosaveNew))
                .post(Routes.UNSAVED_DISCARD, owner(revisions::discardUnsaved))
                .get(Routes.FEED, crawl::feed)
                .get(Routes.SITEMAP, crawl::sitemap)
                .get(Routes.ROBOTS, crawl::robots)
                .get(Routes.ABOUT, site::about)
                .get(Routes.SEARCH, search::search)
                .get(Routes.EXPORT, owner(export::show))
                .post(Routes.EXPORT, owner(export::download))
                .post(Routes.EXPORT_COMMAND, export::command)
                .get(Routes.SETTINGS, owner(site::settingsForm))
                .post(Routes.SETTINGS, owner(site::saveSettings))
                .get(Routes.PUBLISH, owner(publish::show))
                .post(Routes.PUBLISH, owner(publish::saveWhere))
                .post(Routes.PUBLISH_ACCESS, owner(publish::saveAccess))
                .post(Routes.PUBLISH_NOW, owner(publish::publishNow))
                .get(Routes.PUBLISH_STATUS, owner(publish::status))
                .post(Routes.PUBLISH_COMMAND, publishCommand::run)
                .get(Routes.HEALTH, system::health)
                .get(Routes.STOP, owner(system::stopConfirm))
                .post(Routes.STOP, owner(system::stop))
                .get(Routes.MEDIA, owner(media::page))
                .post(Routes.MEDIA, owner(media::upload))
                .get(Routes.MEDIA_FILE, media::serve)
                .post(Routes.MEDIA_DELETE, owner(media::delete))
                .get(Routes.SIGN_IN, signIn::signIn)
                .post(Routes.SIGN_IN, signIn::signInWithPassword)
                .post(Routes.SIGN_OUT, owner(signIn::signOut))
                .get(Routes.ACCOUNT, owner(signIn::account))
                .post(Routes.ACCOUNT_PASSWORD, owner(signIn::changePassword))
                .post(Routes.ACCOUNT_PASSWORD_REMOVE, owner(signIn::removePassword))
                .post(Routes.ACCOUNT_SESSION_END, owner(signIn::endSession))
                .post(Routes.ACCOUNT_SESSIONS_END_ALL, owner(signIn::endAll));
    }

    private static io.undertow.server.HttpHandler owner(io.undertow.server.HttpHandler handler) {
        return OwnerOnly.route(handler);
    }

    /** Whether the owner can sign in from other devices (with a password) or only on this computer. */
    public boolean ownerPasswordSet() {
        return password.isSet();
    }

    /** The link that signs a browser in as the owner and shows {@code path}; valid while this blog runs. */
    public String signInLink(String path) {
        return signIn.link(server.url(), path);
    }

    public String url() {
        return server.url();
    }

    /** Publishing this blog: the command line's publish uses it when no other Inkwell runs. */
    /** An export of this blog as it is now: the command line's export uses it when no other Inkwell runs. */
    ExportArchive exportArchive() {
        return exports.archive();
    }

    Publisher publisher() {
        return publisher;
    }

    /** The kept pages, for tests that check what was answered from memory. */
    PageCache pageCache() {
        return pages;
    }

    /** The first launch on a new data folder greets the writer with a post on how Inkwell works. */
    public void welcomeOnFirstRun(Settings settings) throws IOException {
        posts.welcomeOnFirstRun(settings.dataDir());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        publisher.close();
        search.close();
        sessions.close();
        flusher.shutdownNow();
        views.flush();
        database.close();
        LOG.info("Inkwell stopped cleanly");
    }
}
