package inkwell;

import inkwell.auth.OwnerOnly;
import inkwell.auth.OwnerRecognition;
import inkwell.auth.OwnerSessions;
import inkwell.auth.SignInLink;
import inkwell.auth.SignInPages;
import inkwell.auth.SignInToken;
import inkwell.backup.BackupException;
import inkwell.backup.BackupPages;
import inkwell.backup.Backups;
import inkwell.backup.DatabaseSwap;
import inkwell.backup.Manifest;
import inkwell.backup.RestoreOutcome;
import inkwell.desktop.AppControl;
import inkwell.desktop.SystemHandlers;
import inkwell.firstpages.FirstPages;
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
import inkwell.transfer.ImportPages;
import inkwell.transfer.Imports;
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
import inkwell.web.security.VouchedHosts;
import inkwell.web.view.Templates;
import io.undertow.server.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
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
    /** How long a start with the last run's home page waits for that page to be asked before it opens the database. */
    static final long DATABASE_WAITS_FOR_FIRST_PAGE_MILLIS = 500;
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
     * Derby's), then opens the pages once the database is ready. {@code listening} is told the owner's sign-in link
     * as soon as the server listens, while the database may still be starting: the launcher opens the browser there, so the
     * browser's own start overlaps Derby's and its first request simply waits for the pages. With
     * {@code welcome}, a new data folder gets its welcome post before any page is served. Whatever fails,
     * nothing is left running.
     */
    public static Blog start(Settings settings, AppControl control, Consumer<String> listening, boolean welcome)
            throws DatabaseException, PortInUseException, IOException {
        return start(settings, control, listening, welcome, DatabaseStart::inBackground);
    }

    /** As above, with the database's start given (tests hold it back to see what is answered meanwhile). */
    static Blog start(Settings settings, AppControl control, Consumer<String> listening, boolean welcome,
                      java.util.function.Function<Settings, CompletableFuture<Database>> databaseStart)
            throws DatabaseException, PortInUseException, IOException {
        DataFolder.prepare(settings);
        DatabaseSwap.recover(settings.dataDir());
        // Taken before the database opens (which changes its files): whatever the last run left is used now or never.
        OwnerSessions sessions = OwnerSessions.inFolder(settings.dataDir(), Clock.systemUTC());
        SignInToken signIn = SignInToken.random();
        FirstPages first = FirstPages.take(settings.dataDir(), firstPagesSettings(settings),
                new SignInLink(sessions, signIn));
        // With a home page to show, the server starts first and has both cores to itself; without, the two start side
        // by side and the first page waits for the database anyway.
        CompletableFuture<Database> opening = first.hasCopy() ? null : databaseStart.apply(settings);
        PagesGate gate = new PagesGate(first);
        WebServer server;
        BlogShell shell;
        PageCache pages = new PageCache();
        CurrentSite site = new CurrentSite(SiteSettings.titled(settings.siteTitle()));
        try {
            Templates templates = new Templates(site, new AssetUrls(Blog.class.getClassLoader()));
            Csrf csrf = new Csrf(CsrfKey.loadOrCreate(settings.dataDir()));
            CommandToken commands = CommandToken.create(settings.dataDir());
            shell = new BlogShell(settings, control, templates, csrf, commands, pages, site, sessions, signIn,
                    first);
            server = WebServer.start(new ServerAddress(settings.bind(), settings.port(), settings.portExplicit()),
                    gate, templates, pages, next -> new OwnerRecognition(sessions, next),
                    new VouchedHosts(settings.allowedHosts(), () -> site.settings().publicAddress()
                            .map(address -> java.net.URI.create(address.base()).getHost())),
                    java.util.Set.copyOf(settings.trustedProxies()));
        } catch (IOException | PortInUseException | RuntimeException e) {
            if (opening != null) {
                DatabaseStart.closeWhenOpen(opening);
            }
            throw e;
        }
        if (opening == null) {
            // The database (Derby's boot, the JPA mappings: a second of CPU on one core) starts once the copy's home
            // page has gone out: on two cores it would otherwise take half the machine from that first page. A
            // start that nobody asks a page of opens it after a short wait all the same.
            opening = first.homeSentOrAfter(DATABASE_WAITS_FOR_FIRST_PAGE_MILLIS)
                    .thenCompose(pageSent -> databaseStart.apply(settings));
        }
        listening.accept(shell.signIn().link(server.url(), "/"));
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

    /**
     * Every page of the blog, by its named route. {@code owner(…)} marks what only the owner may use: a visitor is
     * sent to sign in (GET) or refused (POST). Saving a post checks for itself, so that a refused save comes back
     * with the text kept. The command routes take the data folder's command token instead of a browser session.
     */
    static Router routes(SignInPages signIn, ReadingPages reading, WritingPages writing, PreviewPages preview,
                         RevisionPages revisions, TagPages tags, CrawlFiles crawl, SitePages site, PublishPages publish,
                         PublishCommandPage publishCommand, SearchPages search, ExportPages export,
                         SystemHandlers system, MediaPages media, BackupPages backups, ImportPages imports) {
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
                .get(Routes.BACKUPS, owner(backups::list))
                .post(Routes.BACKUPS, owner(backups::backUpNow))
                .get(Routes.BACKUP_RESTORE, owner(backups::restoreConfirm))
                .post(Routes.BACKUP_RESTORE, owner(backups::restore))
                .post(Routes.BACKUP_COMMAND, backups::backUpCommand)
                .post(Routes.RESTORE_COMMAND, backups::restoreCommand)
                .get(Routes.RESTORE_COMMAND, backups::restoreOutcome)
                .get(Routes.IMPORT, owner(imports::show))
                .post(Routes.IMPORT, owner(imports::upload))
                .post(Routes.IMPORT_CONFIRM, owner(imports::confirm))
                .post(Routes.IMPORT_COMMAND, imports::command)
                .get(Routes.SIGN_IN, signIn::signIn)
                .post(Routes.SIGN_IN, signIn::signInWithPassword)
                .post(Routes.SIGN_OUT, owner(signIn::signOut))
                .get(Routes.ACCOUNT, owner(signIn::account))
                .post(Routes.ACCOUNT_PASSWORD, owner(signIn::changePassword))
                .post(Routes.ACCOUNT_PASSWORD_REMOVE, owner(signIn::removePassword))
                .post(Routes.ACCOUNT_SESSION_END, owner(signIn::endSession))
                .post(Routes.ACCOUNT_SESSIONS_END_ALL, owner(signIn::endAll))
                .otherwise(reading::oldAddress);
    }

    private static HttpHandler owner(HttpHandler handler) {
        return OwnerOnly.route(handler);
    }

    /** The link that signs a browser in as the owner and shows {@code path}; valid while this blog runs. */
    public String signInLink(String path) {
        return shell.signIn().link(server.url(), path);
    }

    /** Whether the owner can sign in from other devices (with a password) or only on this computer. */
    public boolean ownerPasswordSet() {
        return parts.password.isSet();
    }

    public String url() {
        return server.url();
    }

    /** An export of this blog as it is now: the command line's export uses it when no other Inkwell runs. */
    ExportArchive exportArchive() {
        return parts.exports.archive();
    }

    /** Imports into this blog: the command line's import uses it when no other Inkwell runs. */
    public Imports imports() {
        return parts.imports;
    }

    /** Publishing this blog: the command line's publish uses it when no other Inkwell runs. */
    Publisher publisher() {
        return parts.publisher;
    }

    /** What this start answered before its database was up, for tests. */
    FirstPages firstPages() {
        return shell.firstPages();
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
        Optional<FirstPages.Leaving> firstPages = parts.firstPagesForNextStart(firstPagesSettings(shell.settings()));
        parts.close();
        shell.sessions().close();
        if (parts.shutDownCleanly()) {
            firstPages.ifPresent(this::leave);
        }
        LOG.info("Inkwell stopped cleanly");
    }

    private void leave(FirstPages.Leaving firstPages) {
        try {
            firstPages.write(shell.settings().dataDir());
        } catch (IOException e) {
            LOG.warn("The home page could not be kept for the next start: {}", e.getMessage());
        }
    }

    /**
     * What the kept home page depends on besides the code and the database's files: the version, which database
     * (a copy from Inkwell's own Derby never stands for a server database) and the default title.
     */
    private static String firstPagesSettings(Settings settings) {
        return Version.current() + " " + (settings.databaseUrl().isPresent() ? "server" : "derby") + " "
                + settings.siteTitle().length() + ":" + settings.siteTitle();
    }
}
