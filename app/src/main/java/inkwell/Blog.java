package inkwell;

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
import inkwell.transfer.BeforeImport;
import inkwell.transfer.Importer;
import inkwell.transfer.Imports;
import inkwell.transfer.ImportPages;
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
    private final Imports imports;
    private boolean closed;

    private Blog(Database database, Posts posts, ViewCounter views, WebServer server,
                 ScheduledExecutorService flusher, PageCache pages, Publisher publisher, SearchIndex search,
                 Exports exports, Imports imports) {
        this.imports = imports;
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
        try {
            templates = new Templates(site, new AssetUrls(Blog.class.getClassLoader()));
            csrf = new Csrf(CsrfKey.loadOrCreate(settings.dataDir()));
            commands = CommandToken.create(settings.dataDir());
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
        SearchIndex search = null;
        try {
            SiteSettingsService siteSettings = new SiteSettingsService(database, site, pages);
            siteSettings.load(SiteSettings.titled(settings.siteTitle()));
            ViewCounter views = new ViewCounter(database, Clock.systemUTC());
            Posts posts = new Posts(database, views, Clock.systemUTC(), pages);
            // It follows writes from here on (the welcome post's too), and opens once the pages are served.
            search = SearchIndex.inFolder(settings.dataDir().resolve("search"), new PublicPosts(database));
            posts.onPostChanges(search::followAll);
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
            // Not backed up yet: the lead connects the backups here (BeforeImport.LOG_ONLY only logs).
            Imports imports = new Imports(new Importer(posts.imports(), siteSettings, media, BeforeImport.LOG_ONLY),
                    settings.dataDir().resolve("tmp").resolve("import"), Clock.systemUTC());
            Revisions revisions = new Revisions(database, posts, Clock.systemUTC());
            gate.open(routes(new ReadingPages(posts, templates, csrf, pages, site),
                    new WritingPages(posts, revisions, templates, csrf, site), new PreviewPages(posts, templates, csrf),
                    new RevisionPages(posts, revisions, templates, csrf),
                    new TagPages(posts, pages, templates, csrf, site),
                    new CrawlFiles(posts, templates),
                    new SitePages(siteSettings, site, templates, csrf, LoginItem.forThisComputer(System.getenv()),
                            LaunchCommand.current(settings.dataDir())),
                    new PublishPages(publisher, site, templates, csrf), new PublishCommandPage(publisher, commands),
                    new SearchPages(search, templates),
                    new ExportPages(exports, templates, csrf, commands, Clock.systemDefaultZone()),
                    new SystemHandlers(control, templates, csrf), new MediaPages(media, database, templates, csrf),
                    new ImportPages(imports, templates, csrf, commands)));
            // A rebuild (the first start, a restore) takes both cores for a while: after start-up, not during it.
            search.start();
            LOG.info("Inkwell serving {} from {}", server.url(), settings.dataDir());
            return new Blog(database, posts, views, server, background(views, posts), pages, publisher, search,
                    exports, imports);
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

    /** Every page of the blog, by its named route. */
    static Router routes(ReadingPages reading, WritingPages writing, PreviewPages preview, RevisionPages revisions,
                         TagPages tags,
                         CrawlFiles crawl,
                         SitePages site, PublishPages publish, PublishCommandPage publishCommand, SearchPages search,
                         ExportPages export, SystemHandlers system, MediaPages media, ImportPages imports) {
        return new Router()
                .get(Routes.HOME, reading::home)
                .get(Routes.POSTS, reading::list)
                .post(Routes.POSTS, writing::create)
                .get(Routes.WRITE, writing::newForm)
                .get(Routes.WRITE_LONG, writing::newForm)
                .get(Routes.DRAFTS, writing::drafts)
                .post(Routes.PREVIEW, preview::preview)
                .get(Routes.TAGS, tags::index)
                .post(Routes.TAGS, tags::rename)
                .get(Routes.TAG, tags::show)
                .get(Routes.TAG_FEED, crawl::tagFeed)
                .get(Routes.POST_BY_ID, reading::showById)
                .get(Routes.POST, reading::show)
                .get(Routes.EDIT, writing::editForm)
                .post(Routes.EDIT, writing::update)
                .get(Routes.DELETE, writing::deleteConfirm)
                .post(Routes.DELETE, writing::delete)
                .get(Routes.REVISIONS, revisions::history)
                .get(Routes.REVISIONS_COMPARE, revisions::compare)
                .post(Routes.REVISION_RESTORE, revisions::restore)
                .post(Routes.AUTOSAVE, revisions::autosave)
                .post(Routes.AUTOSAVE_NEW, revisions::autosaveNew)
                .post(Routes.UNSAVED_DISCARD, revisions::discardUnsaved)
                .get(Routes.FEED, crawl::feed)
                .get(Routes.SITEMAP, crawl::sitemap)
                .get(Routes.ROBOTS, crawl::robots)
                .get(Routes.ABOUT, site::about)
                .get(Routes.SEARCH, search::search)
                .get(Routes.EXPORT, export::show)
                .post(Routes.EXPORT, export::download)
                .post(Routes.EXPORT_COMMAND, export::command)
                .get(Routes.IMPORT, imports::show)
                .post(Routes.IMPORT, imports::upload)
                .post(Routes.IMPORT_CONFIRM, imports::confirm)
                .post(Routes.IMPORT_COMMAND, imports::command)
                .get(Routes.SETTINGS, site::settingsForm)
                .post(Routes.SETTINGS, site::saveSettings)
                .get(Routes.PUBLISH, publish::show)
                .post(Routes.PUBLISH, publish::saveWhere)
                .post(Routes.PUBLISH_ACCESS, publish::saveAccess)
                .post(Routes.PUBLISH_NOW, publish::publishNow)
                .get(Routes.PUBLISH_STATUS, publish::status)
                .post(Routes.PUBLISH_COMMAND, publishCommand::run)
                .get(Routes.HEALTH, system::health)
                .get(Routes.STOP, system::stopConfirm)
                .post(Routes.STOP, system::stop)
                .get(Routes.MEDIA, media::page)
                .post(Routes.MEDIA, media::upload)
                .get(Routes.MEDIA_FILE, media::serve)
                .post(Routes.MEDIA_DELETE, media::delete);
    }

    public String url() {
        return server.url();
    }

    /** Publishing this blog: the command line's publish uses it when no other Inkwell runs. */
    /** An export of this blog as it is now: the command line's export uses it when no other Inkwell runs. */
    ExportArchive exportArchive() {
        return exports.archive();
    }

    /** Imports into this blog: the command line's import uses it when no other Inkwell runs. */
    public Imports imports() {
        return imports;
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
        flusher.shutdownNow();
        views.flush();
        database.close();
        LOG.info("Inkwell stopped cleanly");
    }
}
