package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import inkwell.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pages of a start, answered while the database is still starting: a real Derby whose start the test
 * holds back (it opens for real; only its hand-over to the pages waits for the test), a real Undertow, real HTTP.
 * The home page comes from the copy the last clean stop left, byte for byte what the started blog then renders,
 * and only where nothing can have changed; anything else waits for the database as before.
 */
@Tag("derby-only") // the copy is kept for Inkwell's own Derby only: a server database may change while it is off
class FirstPagesHttpTest {
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    @TempDir
    Path temp;

    /** A blog whose database start the test releases, with the server's sign-in link as soon as it listens. */
    private static final class HeldStart implements AutoCloseable {
        final CountDownLatch release = new CountDownLatch(1);
        final CompletableFuture<String> link = new CompletableFuture<>();
        final CompletableFuture<Blog> started = new CompletableFuture<>();

        HeldStart(Settings settings) {
            Thread starting = new Thread(() -> {
                try {
                    started.complete(Blog.start(settings, AppControl.of(() -> { }), link::complete, false,
                            held -> DatabaseStart.inBackground(held).thenApplyAsync(this::afterRelease)));
                } catch (Exception | Error e) {
                    link.completeExceptionally(e);
                    started.completeExceptionally(e);
                }
            }, "held-start");
            starting.start();
        }

        private Database afterRelease(Database database) {
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the database");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return database;
        }

        String url() throws Exception {
            String signIn = link.get(60, TimeUnit.SECONDS);
            return signIn.substring(0, signIn.indexOf("/signin"));
        }

        Blog release() throws Exception {
            release.countDown();
            return started.get(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            started.get(60, TimeUnit.SECONDS).close();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request that must wait for the database: no answer within a second while it is held. */
    private static void waitsForTheDatabase(String url) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build();
        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()),
                url + " was answered before the database was up");
    }

    private Settings titled(String title) {
        return new Settings(0, true, Settings.DEFAULT_BIND, temp.resolve("data"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), title, false, false);
    }

    /** Starts, writes, stops cleanly: the stop leaves the home pages for the next start. */
    private void runOnce(Settings settings, String... titles) throws Exception {
        try (RunningBlog blog = RunningBlog.startOnDerby(settings.dataDir())) {
            for (String title : titles) {
                blog.createPost(title, "Ada", "Text of " + title + ".");
            }
        }
    }

    @Test
    void theHomePageAndTheSignInLinkAnswerBeforeTheDatabaseIsUpAsTheStartedBlogWillRenderThem() throws Exception {
        Settings settings = Settings.headless(temp.resolve("data"));
        runOnce(settings, "Written before the stop", "Another one");
        Path copy = settings.dataDir().resolve("first-pages");
        assertTrue(Files.exists(copy), "a clean stop leaves the home pages");

        try (HeldStart start = new HeldStart(settings)) {
            String url = start.url();
            assertFalse(Files.exists(copy), "taken at start: a crash from here on leaves no copy behind");
            HttpClient visitor = HttpClient.newHttpClient();
            HttpResponse<String> early = get(visitor, url + "/", null);
            assertEquals(200, early.statusCode());
            assertTrue(early.body().contains("Another one") && early.body().contains("Written before the stop"));
            assertTrue(early.body().contains("href=\"" + url + "/feed.xml\""), "the address this request used");
            assertFalse(early.body().contains(".invalid"), "no placeholder left");

            // The launcher's link signs in without the database, and the owner gets the owner's home at once.
            HttpResponse<String> signedIn = get(visitor, start.link.get(), null);
            assertEquals(303, signedIn.statusCode());
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            HttpResponse<String> ownerEarly = get(visitor, url + "/", cookie);
            assertEquals(200, ownerEarly.statusCode());
            assertTrue(ownerEarly.body().contains("Most read this week"), "the owner's home, not the visitor's");
            waitsForTheDatabase(url + "/posts");

            Blog blog = start.release();
            assertEquals(2, blog.firstPages().answeredFromCopy());
            assertEquals(early.body(), get(visitor, url + "/", null).body(), "the copy is what the blog renders");
            assertEquals(ownerEarly.body(), get(visitor, url + "/", cookie).body(), "for the owner too");
            assertEquals(200, get(visitor, url + "/posts", null).statusCode());
        }
    }

    @Test
    void aDatabaseTouchedWhileInkwellWasOffOrOtherSettingsOrACrashMeanTheFirstPageWaits() throws Exception {
        Settings settings = Settings.headless(temp.resolve("data"));
        runOnce(settings, "A post");
        Path log = settings.dataDir().resolve("db").resolve("log").resolve("log.ctrl");
        Files.setLastModifiedTime(log, FileTime.fromMillis(Files.getLastModifiedTime(log).toMillis() + 2000));
        try (HeldStart start = new HeldStart(settings)) {
            waitsForTheDatabase(start.url() + "/");
            assertEquals(0, start.release().firstPages().answeredFromCopy());
        }
        // That start stopped cleanly and left a copy again; another default title is another page.
        try (HeldStart start = new HeldStart(titled("Another title"))) {
            waitsForTheDatabase(start.url() + "/");
            start.release();
        }
        // A run that never stops cleanly leaves nothing: the copy went when it started.
        runOnce(settings);
        Files.writeString(settings.dataDir().resolve("first-pages"), "not a copy at all");
        try (HeldStart start = new HeldStart(settings)) {
            waitsForTheDatabase(start.url() + "/");
            start.release();
        }
    }

    @Test
    void aScheduledPostThatCameDueWhileInkwellWasOffIsOnTheFirstPage() throws Exception {
        Settings settings = Settings.headless(temp.resolve("data"));
        LocalDateTime due = LocalDateTime.now(ZoneId.systemDefault()).plusSeconds(4).withNano(0);
        try (RunningBlog blog = RunningBlog.startOnDerby(settings.dataDir())) {
            blog.createPost("Already out", "Ada", "Text.");
            HttpResponse<String> saved = blog.postForm("/posts", Map.of("title", "Due while off", "name", "Ada",
                    "content", "Text.", "status", "scheduled", "publish_at", FIELD.format(due)));
            assertEquals(303, saved.statusCode(), saved.body());
        }
        // The time comes while Inkwell is off (a wall-clock wait: it is the clock this test is about).
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.systemDefault()), due).toMillis() + 300));
        try (HeldStart start = new HeldStart(settings)) {
            String url = start.url();
            waitsForTheDatabase(url + "/");
            start.release();
            assertTrue(get(HttpClient.newHttpClient(), url + "/", null).body().contains("Due while off"));
        }
    }
}
