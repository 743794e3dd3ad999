package inkwell;

import inkwell.auth.OwnerPassword;
import inkwell.auth.SignInPages;
import inkwell.backup.BackupPages;
import inkwell.backup.Backups;
import inkwell.backup.Restorer;
import inkwell.desktop.LaunchCommand;
import inkwell.desktop.LoginItem;
import inkwell.desktop.SystemHandlers;
import inkwell.media.MediaPages;
import inkwell.media.MediaStore;
import inkwell.media.StoredImageSizes;
import inkwell.posts.Posts;
import inkwell.posts.PreviewPages;
import inkwell.posts.PublicPosts;
import inkwell.posts.ReadingPages;
import inkwell.firstpages.FirstPages;
import inkwell.posts.RevisionPages;
import inkwell.posts.Revisions;
import inkwell.posts.TagPages;
import inkwell.posts.WritingPages;
import inkwell.publish.CrawlFiles;
import inkwell.publish.PublishCommandPage;
import inkwell.publish.PublishPages;
import inkwell.publish.Publisher;
import inkwell.publish.StaticSite;
import inkwell.search.SearchIndex;
import inkwell.search.SearchPages;
import inkwell.settings.Settings;
import inkwell.site.SettingValues;
import inkwell.site.SitePages;
import inkwell.site.SiteSettings;
import inkwell.site.SiteSettingsService;
import inkwell.storage.Database;
import inkwell.transfer.ExportPages;
import inkwell.transfer.BeforeImport;
import inkwell.transfer.Exports;
import inkwell.transfer.Importer;
import inkwell.transfer.ImportPages;
import inkwell.transfer.Imports;
import inkwell.backup.BackupReason;
import inkwell.views.ViewCounter;
import inkwell.web.http.Router;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of the running blog that stand on its database: the services, the search index, the clockwork and
 * the pages. A restore closes them and opens new ones over the restored database, behind the same web server
 * ({@link Blog#restore}): nothing here outlives the database it was built on.
 */
final class BlogParts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlogParts.class);
    static final long VIEW_FLUSH_SECONDS = 5;
    static final long SCHEDULE_CHECK_MILLIS = 1000;
    /** The daily backup is checked at start too, but not in the first seconds, which belong to the first pages. */
    static final long DAILY_CHECK_FIRST_SECONDS = 30;
    static final long DAILY_CHECK_EVERY_SECONDS = 600;

    final Database database;
    final Posts posts;
    final Publisher publisher;
    final Exports exports;
    final Imports imports;
    final Optional<Backups> backups;
    final OwnerPassword password;
    final Router router;
    private final ReadingPages reading;
    private final ViewCounter views;
    private final SearchIndex search;
    private final ScheduledExecutorService background;

    private BlogParts(Database database, Posts posts, ViewCounter views, SearchIndex search, Publisher publisher,
                      Exports exports, Imports imports, Optional<Backups> backups, OwnerPassword password,
                      Router router, ReadingPages reading) {
        this.reading = reading;
        this.imports = imports;
        this.password = password;
        this.database = database;
        this.posts = posts;
        this.views = views;
        this.search = search;
        this.publisher = publisher;
        this.exports = exports;
        this.backups = backups;
        this.router = router;
        this.background = background(views, posts, backups);
    }

    /** Builds the parts over an open database; on failure the database is closed and nothing is left running. */
    static BlogParts open(Database database, BlogShell shell, Restorer restorer, boolean welcome) throws IOException {
        SearchIndex search = null;
        Settings settings = shell.settings();
        try {
            SiteSettingsService siteSettings = new SiteSettingsService(database, shell.site(), shell.pages());
            siteSettings.load(SiteSettings.titled(settings.siteTitle()));
            ViewCounter views = new ViewCounter(database, Clock.systemUTC());
            Posts posts = new Posts(database, views, Clock.systemUTC(), shell.pages());
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
            Publisher publisher = publisher(shell, database, posts, media);
            siteSettings.onSave(saved -> publisher.changed());
            Exports exports = new Exports(posts, shell.site(), media);
            Optional<Backups> backups = database.embedded()
                    ? Optional.of(new Backups(settings.dataDir(), Clock.systemDefaultZone(), Version.current(),
                    database::backUpInto))
                    : Optional.empty();
            // Every import is preceded by a backup (Inkwell's own Derby; on PostgreSQL, pg_dump is the owner's).
            BeforeImport beforeImport = backups.<BeforeImport>map(kept -> reason -> kept.backUpNow(
                    BackupReason.BEFORE_IMPORT)).orElse(BeforeImport.LOG_ONLY);
            Imports imports = new Imports(new Importer(posts.imports(), siteSettings, media, beforeImport),
                    settings.dataDir().resolve("tmp").resolve("import"), Clock.systemUTC());
            Revisions revisions = new Revisions(database, posts, Clock.systemUTC());
            var templates = shell.templates();
            var csrf = shell.csrf();
            // The password lives in the database: a restored blog has the password it had then.
            OwnerPassword password = new OwnerPassword(new SettingValues(database));
            ReadingPages reading = new ReadingPages(posts, templates, csrf, shell.pages(), shell.site());
            Router router = Blog.routes(new SignInPages(shell.sessions(), password, shell.signIn(), templates, csrf,
                            Clock.systemUTC()), reading,
                    new WritingPages(posts, revisions, templates, csrf, shell.site()),
                    new PreviewPages(posts, templates, csrf),
                    new RevisionPages(posts, revisions, templates, csrf),
                    new TagPages(posts, shell.pages(), templates, csrf, shell.site()),
                    new CrawlFiles(posts, templates),
                    new SitePages(siteSettings, shell.site(), templates, csrf,
                            LoginItem.forThisComputer(System.getenv()), LaunchCommand.current(settings.dataDir())),
                    new PublishPages(publisher, shell.site(), templates, csrf),
                    new PublishCommandPage(publisher, shell.commands()),
                    new SearchPages(search, templates),
                    new ExportPages(exports, templates, csrf, shell.commands(), Clock.systemDefaultZone()),
                    new SystemHandlers(shell.control(), templates, csrf), new MediaPages(media, database, templates, csrf),
                    new BackupPages(backups, restorer, templates, csrf, shell.commands()),
                    new ImportPages(imports, templates, csrf, shell.commands()));
            // A rebuild (the first start, a restore) takes both cores for a while: after start-up, not during it;
            // and only once a search or a write needs the index (a reading-only blog never loads Lucene).
            search.startOnDemand();
            return new BlogParts(database, posts, views, search, publisher, exports, imports, backups, password,
                    router, reading);
        } catch (IOException | RuntimeException e) {
            if (search != null) {
                search.close();
            }
            database.close();
            throw e;
        }
    }

    /** Publishing renders the public blog as a static site with the live pages' own templates. */
    private static Publisher publisher(BlogShell shell, Database database, Posts posts, MediaStore media) {
        StaticSite staticSite = new StaticSite(posts, shell.templates(), media);
        Publisher publisher = new Publisher(address -> staticSite.render(
                shell.site().settings().withPublicAddress(address), shell.site().aboutHtml()),
                shell.site(), new SettingValues(database), shell.settings().dataDir(), Clock.systemUTC());
        posts.onChange(publisher::changed);
        return publisher;
    }

    /**
     * The blog's clockwork, on one daemon thread that never holds up shutdown: view counts written in batches,
     * scheduled posts published within a second of their time, and the daily backup.
     */
    private static ScheduledExecutorService background(ViewCounter views, Posts posts, Optional<Backups> backups) {
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inkwell-background");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(views::flush, VIEW_FLUSH_SECONDS, VIEW_FLUSH_SECONDS, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(() -> publishDue(posts), SCHEDULE_CHECK_MILLIS, SCHEDULE_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        backups.ifPresent(daily -> background.scheduleWithFixedDelay(() -> backUpDaily(daily),
                DAILY_CHECK_FIRST_SECONDS, DAILY_CHECK_EVERY_SECONDS, TimeUnit.SECONDS));
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

    /** A failed daily backup is tried again at the next check; it must not end the schedule either. */
    private static void backUpDaily(Backups backups) {
        try {
            backups.dailyIfDue();
        } catch (inkwell.backup.BackupException | RuntimeException e) {
            LOG.warn("The daily backup failed; it is tried again in {} minutes: {}", DAILY_CHECK_EVERY_SECONDS / 60,
                    e.getMessage());
        }
    }

    /**
     * The home pages as they are now, for the next start to show before its database is up; only for Inkwell's own
     * Derby, which nothing else writes while Inkwell is off (a server database may change meanwhile).
     */
    Optional<FirstPages.Leaving> firstPagesForNextStart(String settings) {
        if (!database.embedded()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FirstPages.render(reading::home, posts.nextScheduled(), settings));
        } catch (RuntimeException e) {
            LOG.warn("The home page could not be kept for the next start: {}", e.getMessage());
            return Optional.empty();
        }
    }

    boolean shutDownCleanly() {
        return database.shutDownCleanly();
    }

    /** Stops the clockwork, writes the view counts, closes JPA and shuts Derby down. */
    @Override
    public void close() {
        publisher.close();
        search.close();
        background.shutdownNow();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        views.flush();
        database.close();
    }
}
