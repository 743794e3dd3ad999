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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post the blog acknowledged (its 303) is never lost: four writers post as fast as they can while the process
 * is killed with kill -9, three times over; every acknowledged post is there after each restart, with no
 * manual step in between.
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
    private static void writeUntilKilled(Process blog, URI url, int round, Map<String, String> acknowledged)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            writers.submit(() -> {
                BlogClient browser = new BlogClient(url.toString());
                for (int n = 0; !killed.get(); n++) {
                    String title = "Round " + round + " writer " + id + " post " + n;
                    try {
                        HttpResponse<String> created = browser.postForm("/posts",
                                Map.of("title", title, "name", "Writer " + id, "content", "Post **" + n + "**."));
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
    }
}
