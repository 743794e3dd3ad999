package inkwell.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while 4 writers write, restored: every post its manifest counts is there and whole (title and
 * body as written), checked over HTTP on the restored blog, and none of the posts written after it.
 */
@org.junit.jupiter.api.Tag("derby-only") // Derby's online backup and its db folder; PostgreSQL is pg_dump's
class BackupWhileWritingHttpTest {
    private static final Pattern POST = Pattern.compile("<loc>[^<]*?(/posts/\\d+/[^<]+)</loc>");
    private static final Pattern MADE = Pattern.compile("made=([^&]+)$");
    private static final int WRITERS = 4;

    @TempDir
    Path data;

    private static int write(BlogClient client, int writer, AtomicBoolean stop) throws Exception {
        int written = 0;
        while (!stop.get() && written < 2_000) {
            String title = "Writer " + writer + " post " + written;
            HttpResponse<String> response = client.postForm("/posts", Map.of("title", title, "name", "W" + writer,
                    "content", "Body of " + title + ". " + "Words to make it a real post. ".repeat(40) + "END"));
            assertEquals(303, response.statusCode(), response.body());
            written++;
        }
        return written;
    }

    @Test
    void aBackupTakenWhileFourWritersWriteRestoresWholePosts() throws Exception {
        try (RunningBlog blog = RunningBlog.start(data)) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<Integer>> counts = new ArrayList<>();
            String name;
            try {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    counts.add(writers.submit(() -> write(blog.newOwnerBrowser(), writer, stop)));
                }
                Thread.sleep(1_500);
                HttpResponse<String> made = blog.postForm("/backups", Map.of());
                assertEquals(303, made.statusCode(), made.body());
                Matcher matcher = MADE.matcher(made.headers().firstValue("Location").orElseThrow());
                assertTrue(matcher.find());
                name = matcher.group(1);
                Thread.sleep(1_000);
            } finally {
                stop.set(true);
                writers.shutdown();
                assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            }
            int written = 0;
            for (Future<Integer> count : counts) {
                written += count.get();
            }
            String manifest = Files.readString(data.resolve("backups").resolve(name).resolve("manifest.properties"));
            Matcher posts = Pattern.compile("posts=(\\d+)").matcher(manifest);
            assertTrue(posts.find(), manifest);
            int counted = Integer.parseInt(posts.group(1));
            assertTrue(counted > 0 && counted < written, counted + " of " + written + ": taken while writing");

            HttpResponse<String> restored = blog.postForm("/backups/" + name + "/restore", Map.of());
            assertEquals(303, restored.statusCode(), restored.body());
            String list = blog.get(restored.headers().firstValue("Location").orElseThrow()).body();
            assertTrue(list.contains("Restored the backup " + name), list);

            List<String> addresses = new ArrayList<>();
            Matcher post = POST.matcher(blog.get("/sitemap.xml").body());
            while (post.find()) {
                addresses.add(post.group(1));
            }
            assertEquals(counted, addresses.size(), "every post the manifest counts, and no other");
            for (String address : addresses) {
                HttpResponse<String> page = blog.get(address);
                assertEquals(200, page.statusCode(), address);
                Matcher title = Pattern.compile("<h1[^>]*>(Writer \\d+ post \\d+)</h1>").matcher(page.body());
                assertTrue(title.find(), address + ": " + page.body());
                assertTrue(page.body().contains("Body of " + title.group(1) + ".") && page.body().contains("END"),
                        "the whole body of " + address);
            }
        }
    }
}
