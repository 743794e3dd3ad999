package inkwell;

import inkwell.backup.BackupException;
import inkwell.backup.BackupPages;
import inkwell.backup.Backups;
import inkwell.backup.DatabaseSwap;
import inkwell.backup.Manifest;
import inkwell.backup.RestoreOutcome;
import inkwell.desktop.AppControl;
import inkwell.desktop.SystemHandlers;
import inkwell.media.MediaPages;
import inkwell.posts.PreviewPages;
import inkwell.posts.ReadingPages;
import inkwell.posts.RevisionPages;
import inkwell.posts.TagPages;
import inkwell.posts.WritingPages;
import inkwell.publish.CrawlFiles;
import inkwell.publish.PublishCommandPage;
import inkwell.publish.PublishPages;
import inkwell.publish.Publisher;
import inkwell.search.SearchPages;
import inkwell.settings.Settings;
import inkwell.site.CurrentSite;
import inkwell.site.SitePages;
import inkwell.site.SiteSettings;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import inkwell.transfer.ExportArchive;
import inkwell.transfer.ExportPages;
import inkwell.web.assets.AssetUrls;
import inkwell.web.cache.PageCache;
import inkwell.web.http.PagesGate;
import inkwell.web.http.PortInUseException;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.http.ServerAddress;
import inkwell.web.http.WebServer;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.security.CsrfKey;
import inkwell.web.view.Templates;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running blog: the web server in front ({@link BlogShell}) and the parts that stand on the database
 * ({@link BlogParts}), with every route in {@link #routes}. Closing it is the one clean shutdown: stop taking
 * requests, let running ones finish, write the view counts, close JPA and shut Derby down.
 *
 * <p>A restore replaces the parts while the web server keeps its port (see {@link InPlaceRestore}).
 */
public final class Blog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Blog.class);
    private final BlogShell shell;
    private final WebServer server;
    private final PagesGate gate;
    private volatile BlogParts parts;
    private final InPlaceRestore restores;
    private boolean closed;

    private Blog(BlogShell shell, WebServer server, PagesGate gate) {
        this.shell = shell;
        this.server = server;
        this.gate = gate;
        this.restores = new InPlaceRestore(this, shell, gate);
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
        DatabaseSwap.recover(settings.dataDir());
        CompletableFuture<Database> opening = DatabaseStart.inBackground(settings);
        PagesGate gate = new PagesGate();
        WebServer server;
        BlogShell shell;
        PageCache pages = new PageCache();
        CurrentSite site = new CurrentSite(SiteSettings.titled(settings.siteTitle()));
        try {
            Templates templates = new Templates(site, new AssetUrls(Blog.class.getClassLoader()));
            Csrf csrf = new Csrf(CsrfKey.loadOrCreate(settings.dataDir()));
            CommandToken commands = CommandToken.create(settings.dataDir());
            shell = new BlogShell(settings, control, templates, csrf, commands, pages, site);
            server = WebServer.start(new ServerAddress(settings.bind(), settings.port(), settings.portExplicit()),
                    gate, templates, pages);
        } catch (IOException | PortInUseException | RuntimeException e) {
            DatabaseStart.closeWhenOpen(opening);
            throw e;
        }
        listening.accept(server.url());
        Blog blog = new Blog(shell, server, gate);
        try {
            blog.parts = BlogParts.open(DatabaseStart.await(opening), shell, blog.restores, welcome);
        } catch (DatabaseException | IOException | RuntimeException e) {
            gate.fail();
            server.stop();
            throw e;
        }
        gate.open(blog.parts.router);
        LOG.info("Inkwell serving {} from {}", server.url(), settings.dataDir());
        return blog;
    }

    /** Restores a backup and returns when the restored blog serves (the command line on a blog it opened). */
    RestoreOutcome restore(Manifest backup) throws BackupException {
        return restores.restore(backup);
    }

    BlogParts parts() {
        return parts;
    }

    /** The parts over the restored database take over (called with this blog locked). */
    void use(BlogParts restored) {
        parts = restored;
    }

    boolean closed() {
        return closed;
    }

    /** The backups of this blog; a blog on PostgreSQL has none of Inkwell's (pg_dump backs it up). */
    Backups backups() throws BackupException {
        return parts.backups.orElseThrow(() -> new BackupException(BackupPages.NOT_DERBY, null));
    }

    /** Every page of the blog, by its named route. */
    static Router routes(ReadingPages reading, WritingPages writing, PreviewPages preview, RevisionPages revisions,
                         TagPages tags,
                         CrawlFiles crawl,
                         SitePages site, PublishPages publish, PublishCommandPage publishCommand, SearchPages search,
                         ExportPages export, SystemHandlers system, MediaPages media, BackupPages backups) {
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
                .post(Routes.MEDIA_DELETE, media::delete)
                .get(Routes.BACKUPS, backups::list)
                .post(Routes.BACKUPS, backups::backUpNow)
                .get(Routes.BACKUP_RESTORE, backups::restoreConfirm)
                .post(Routes.BACKUP_RESTORE, backups::restore)
                .post(Routes.BACKUP_COMMAND, backups::backUpCommand)
                .post(Routes.RESTORE_COMMAND, backups::restoreCommand)
                .get(Routes.RESTORE_COMMAND, backups::restoreOutcome);
    }

    public String url() {
        return server.url();
    }

    /** An export of this blog as it is now: the command line's export uses it when no other Inkwell runs. */
    ExportArchive exportArchive() {
        return parts.exports.archive();
    }

    /** Publishing this blog: the command line's publish uses it when no other Inkwell runs. */
    Publisher publisher() {
        return parts.publisher;
    }

    /** The kept pages, for tests that check what was answered from memory. */
    PageCache pageCache() {
        return shell.pages();
    }

    /** The first launch on a new data folder greets the writer with a post on how Inkwell works. */
    public void welcomeOnFirstRun(Settings settings) throws IOException {
        parts.posts.welcomeOnFirstRun(settings.dataDir());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        parts.close();
        LOG.info("Inkwell stopped cleanly");
    }
}
