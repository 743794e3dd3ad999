package inkwell;

import inkwell.posts.Post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post the blog acknowledged (its 303) is never lost: four writers post as fast as they can while the process
 * is killed with kill -9, three times over; every acknowledged post is there after each restart, with no
 * manual step in between. Each is found by search too: the index, killed between its writes and the database's,
 * notices that it is behind and rebuilds itself.
 */
class CrashSafetyProcessTest {
    private static final int WRITERS = 4;
    private static final int ROUNDS = 3;
    /** Posts each round saves before the kill, so that every round kills writers that have been writing. */
    private static final int SAVED_BEFORE_KILL = 25;

    @TempDir
    Path dataDir;

    @Test
    void noAcknowledgedPostIsLostToKillDashNineDuringConcurrentWriters() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // path -> title
        for (int round = 1; round <= ROUNDS; round++) {
            Process blog = InkwellChild.launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
            try {
                URI url = InkwellChild.readyUrl(blog);
                assertAllPresent(url, acknowledged, "before round " + round);
                writeUntilKilled(blog, url, round, acknowledged);
            } finally {
                blog.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        Process last = InkwellChild.launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        try {
            assertAllPresent(InkwellChild.readyUrl(last), acknowledged, "after the last kill");
            assertTrue(acknowledged.size() >= ROUNDS * SAVED_BEFORE_KILL, "the writers got posts through: "
                    + acknowledged.size());
            last.toHandle().destroy();
            assertTrue(last.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, last.exitValue());
        } finally {
            last.destroyForcibly();
        }
    }

    /** Four writers post until the process is killed under them, once this round has had enough of them saved. */
    private void writeUntilKilled(Process blog, URI url, int round, Map<String, String> acknowledged)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            writers.submit(() -> {
                BlogClient browser;
                try {
                    browser = BlogClient.ownerOf(dataDir);
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException("could not sign in", e);
                }
                for (int n = 0; !killed.get(); n++) {
                    String title = "Round " + round + " writer " + id + " post " + n;
                    try {
                        HttpResponse<String> created = browser.postForm("/posts",
                                Map.of("title", title, "name", "Writer " + id,
                                        "content", "Post **" + n + "**, marked " + mark(round, id, n) + "."));
                        if (created.statusCode() == 303) {
                            acknowledged.put(created.headers().firstValue("Location").orElseThrow(), title);
                            saved.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return null; // the connection died with the process: not acknowledged, not counted
                    }
                }
                return null;
            });
        }
        Eventually.await(Duration.ofSeconds(30), () -> saved.get() >= SAVED_BEFORE_KILL,
                SAVED_BEFORE_KILL + " posts saved in round " + round);
        blog.destroyForcibly(); // kill -9, in the middle of the writes: the writers are still posting
        blog.waitFor(10, TimeUnit.SECONDS);
        killed.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS), "writers stopped");
    }

    /** A word found in one post only: "r2w3n17". */
    private static String mark(int round, int writer, int n) {
        return "r" + round + "w" + writer + "n" + n;
    }

    private static void assertAllPresent(URI url, Map<String, String> acknowledged, String when) throws Exception {
        BlogClient reader = new BlogClient(url.toString());
        Set<String> missing = ConcurrentHashMap.newKeySet();
        for (Map.Entry<String, String> post : acknowledged.entrySet()) {
            HttpResponse<String> page = reader.get(post.getKey());
            if (page.statusCode() != 200 || !page.body().contains(post.getValue())) {
                missing.add(post.getValue());
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " of " + acknowledged.size() + " acknowledged posts lost "
                + when + ": " + missing);
        assertEverySavedPostFound(reader, acknowledged.size(), when);
    }

    /**
     * Every post the database holds (the sitemap lists them), acknowledged or not, is found by its own word: a
     * post saved just before the kill, whose index write never happened, is in the rebuilt index.
     */
    private static void assertEverySavedPostFound(BlogClient reader, int acknowledged, String when) throws Exception {
        Eventually.await(Duration.ofSeconds(60), () -> !reader.get("/search?q=post").body()
                .contains("being built"), "the search index to be ready " + when);
        Matcher saved = Pattern.compile("<loc>[^<]*?(/posts/\\d+/round-(\\d+)-writer-(\\d+)-post-(\\d+))</loc>")
                .matcher(reader.get("/sitemap.xml").body());
        Set<String> unfound = ConcurrentHashMap.newKeySet();
        int posts = 0;
        while (saved.find()) {
            posts++;
            String mark = mark(Integer.parseInt(saved.group(2)), Integer.parseInt(saved.group(3)),
                    Integer.parseInt(saved.group(4)));
            if (!reader.get("/search?q=" + mark).body().contains("href=\"" + saved.group(1) + "\"")) {
                unfound.add(saved.group(1));
            }
        }
        assertTrue(posts >= acknowledged, "the sitemap lists " + posts + " of " + acknowledged + " posts " + when);
        assertTrue(unfound.isEmpty(), unfound.size() + " of " + posts + " saved posts not found by search " + when
                + ": " + unfound);
    }
}
