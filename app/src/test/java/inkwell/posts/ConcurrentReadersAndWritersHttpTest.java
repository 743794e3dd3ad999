package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six writers create, edit and delete posts while eight readers read posts, the list and the home page, all at
 * once through the real forms: afterwards every acknowledged post is there exactly once with its last title,
 * every deleted one is gone, every view was counted, and nothing waited past its deadline (no deadlock).
 */
class ConcurrentReadersAndWritersHttpTest {
    private static final int WRITERS = 6;
    private static final int POSTS_PER_WRITER = 10;
    private static final int READERS = 8;
    private static final int READS_PER_READER = 60;
    private static final int READ_POSTS = 4;
    private static final Pattern LISTED = Pattern.compile(
            "class=\"card-title\"><a href=\"[^\"]+\">(Concurrent w\\d+ post \\d+(?: \\(edited\\))?)</a>");

    @TempDir
    Path dataDir;

    @Test
    void writersAndReadersTogetherLoseNothingDuplicateNothingAndCountEveryView() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            List<String> readPosts = new ArrayList<>();
            long[] viewsBefore = new long[READ_POSTS];
            for (int i = 0; i < READ_POSTS; i++) {
                readPosts.add(blog.createPost("Read often " + i, "Ada", "Read me, number " + i));
                viewsBefore[i] = RunningBlog.viewsShownOn(blog.get(readPosts.get(i)).body());
            }
            Map<String, String> finalTitles = new ConcurrentHashMap<>();
            Set<String> deleted = ConcurrentHashMap.newKeySet();
            AtomicLongArray reads = new AtomicLongArray(READ_POSTS);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                work.add(pool.submit(() -> write(blog, writer, finalTitles, deleted)));
            }
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                work.add(pool.submit(() -> read(blog, reader, readPosts, reads)));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "writers and readers still busy after 120 s");
            for (Future<?> done : work) {
                done.get();
            }

            assertEquals(WRITERS * POSTS_PER_WRITER, finalTitles.size() + deleted.size(), "every create acknowledged");
            for (Map.Entry<String, String> post : finalTitles.entrySet()) {
                HttpResponse<String> page = blog.get(post.getKey() + "/edit");
                assertEquals(200, page.statusCode(), post.getKey());
                assertTrue(page.body().contains("value=\"" + post.getValue() + "\""), post.getKey() + " kept its last title");
            }
            for (String id : deleted) {
                assertEquals(404, blog.get(id).statusCode(), id + " was deleted");
            }
            assertEquals(new HashSet<>(finalTitles.values()), listedOnceEach(blog), "the list shows each post once");
            for (int i = 0; i < READ_POSTS; i++) {
                long shown = RunningBlog.viewsShownOn(blog.get(readPosts.get(i)).body());
                assertEquals(viewsBefore[i] + reads.get(i) + 1, shown, "views of " + readPosts.get(i));
            }
        }
    }

    /** Creates its posts, edits every other one and deletes every fifth, each through the form. */
    private static Void write(RunningBlog blog, int writer, Map<String, String> finalTitles, Set<String> deleted)
            throws Exception {
        BlogClient browser = blog.newOwnerBrowser();
        for (int i = 0; i < POSTS_PER_WRITER; i++) {
            String title = "Concurrent w" + writer + " post " + i;
            HttpResponse<String> created = browser.postForm("/posts", Map.of("title", title, "name", "Writer " + writer,
                    "content", "Body of " + title + "\n\n```java\nint x = " + i + ";\n```"));
            assertEquals(303, created.statusCode(), created.body());
            String id = idPath(created.headers().firstValue("Location").orElseThrow());
            if (i % 5 == 4) {
                assertEquals(303, browser.postForm(id + "/delete", Map.of()).statusCode(), "delete " + id);
                deleted.add(id);
            } else if (i % 2 == 1) {
                String edited = title + " (edited)";
                HttpResponse<String> update = browser.postForm(id + "/edit", Map.of("title", edited,
                        "name", "Writer " + writer, "content", "Edited body of " + title));
                assertEquals(303, update.statusCode(), update.body());
                finalTitles.put(id, edited);
            } else {
                finalTitles.put(id, title);
            }
        }
        return null;
    }

    /** Reads the watched posts in turn, with a list or home page between them; counts its post views. */
    private static Void read(RunningBlog blog, int reader, List<String> readPosts, AtomicLongArray reads)
            throws Exception {
        BlogClient browser = blog.newOwnerBrowser();
        for (int i = 0; i < READS_PER_READER; i++) {
            int post = (reader + i) % READ_POSTS;
            assertEquals(200, browser.get(readPosts.get(post)).statusCode());
            reads.incrementAndGet(post);
            String other = i % 3 == 0 ? "/" : "/posts?page=" + (2 + i % 4);
            int status = browser.get(other).statusCode();
            assertTrue(status == 200 || status == 302, other + " answered " + status); // past the last page: 302 to it
        }
        return null;
    }

    /** Every "Concurrent …" title over all list pages, failing on a title shown twice. */
    private static Set<String> listedOnceEach(RunningBlog blog) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> list = blog.get(page == 1 ? "/posts" : "/posts?page=" + page);
            assertEquals(200, list.statusCode(), "list page " + page);
            String html = list.body();
            Matcher title = LISTED.matcher(html);
            while (title.find()) {
                seen.merge(title.group(1), 1, Integer::sum);
            }
            if (!html.contains("rel=\"next\"")) {
                break;
            }
        }
        seen.forEach((title, times) -> assertEquals(1, times, title + " listed " + times + " times"));
        return seen.keySet();
    }

    private static String idPath(String location) {
        Matcher id = Pattern.compile("^(/posts/\\d+)(?:/.*)?$").matcher(location);
        assertTrue(id.matches(), location);
        return id.group(1);
    }
}
