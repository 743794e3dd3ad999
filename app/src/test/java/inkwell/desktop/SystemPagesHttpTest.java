package inkwell.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import inkwell.settings.Settings;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health for a second launch, the Stop page for desktops without a tray, and the port fallback. */
class SystemPagesHttpTest {
    /** A link or form into the blog's pages: home, posts, the write form, Stop. */
    private static final Pattern LINK_INTO_THE_BLOG =
            Pattern.compile("(href|action)=\"/(posts|new|stop)?[\"?/#]");

    @TempDir
    Path dataDir;

    @Test
    void healthNamesTheInstance() throws Exception {
        AppControl control = AppControl.of(() -> { });
        try (RunningBlog blog = RunningBlog.start(Settings.headless(dataDir), control)) {
            HttpResponse<String> health = blog.get("/health");
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains(control.instanceId()));
        }
    }

    @Test
    void stopAsksFirstRefusesForgeriesAndThenStops() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (RunningBlog blog = RunningBlog.start(Settings.headless(dataDir), AppControl.of(stopped::countDown))) {
            assertTrue(blog.get("/").body().contains("href=\"/stop\""), "every page offers Stop Inkwell");
            HttpResponse<String> confirm = blog.get("/stop");
            assertEquals(200, confirm.statusCode());
            assertTrue(confirm.body().contains("Stop Inkwell?"));
            assertEquals(403, blog.postRaw("/stop", Map.of()).statusCode());
            assertEquals(1, stopped.getCount(), "a forged stop does nothing");
            HttpResponse<String> done = blog.postRaw("/stop", Map.of("_csrf", RunningBlog.csrfTokenIn(confirm.body())));
            assertEquals(200, done.statusCode());
            assertTrue(done.body().contains("Inkwell has stopped"));
            assertFalse(LINK_INTO_THE_BLOG.matcher(done.body()).find(), "the stopped page links to a server that is "
                    + "gone: " + done.body());
            assertTrue(LINK_INTO_THE_BLOG.matcher(confirm.body()).find(), "the confirm page keeps the site's links");
            assertTrue(stopped.await(5, TimeUnit.SECONDS), "the stop request reached the launcher");
        }
    }

    @Test
    void aBusyPreferredPortFallsBackToAFreeOne() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Settings preferred = new Settings(busy.getLocalPort(), false, "127.0.0.1", dataDir, Optional.empty(),
                    Optional.empty(), Optional.empty(), "Inkwell", false, false);
            try (RunningBlog blog = RunningBlog.start(preferred, AppControl.of(() -> { }))) {
                assertFalse(blog.blog.url().endsWith(":" + busy.getLocalPort() + "/"));
                assertEquals(200, blog.get("/").statusCode());
            }
        }
    }

    @Test
    void theFirstRunIsWelcomedOnceOnly() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            blog.blog.welcomeOnFirstRun(blog.settings);
            String home = blog.get("/").body();
            assertTrue(home.contains("Welcome to Inkwell"));
            String post = blog.get(blog.get("/posts/1").headers().firstValue("Location").orElseThrow()).body();
            assertTrue(post.contains(dataDir.toString()), "says where the data lives");
            assertTrue(post.contains("Stop Inkwell") && post.contains("Write"), "says how to write and stop");
            blog.postForm("/posts/1/delete", Map.of());
        }
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            blog.blog.welcomeOnFirstRun(blog.settings);
            assertFalse(blog.get("/").body().contains("Welcome to Inkwell"), "a deleted welcome stays deleted");
        }
    }
}
