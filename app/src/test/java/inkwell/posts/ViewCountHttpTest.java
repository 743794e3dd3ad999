package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View counts are exact under concurrency and survive a restart (flushed at shutdown). */
class ViewCountHttpTest {

    @TempDir
    Path dataDir;


    @Test
    void hundredConcurrentViewsAreCountedExactly() throws Exception {
        String location;
        long before;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            location = blog.createPost("Counted", "Ada", "Count me");
            before = RunningBlog.viewsShownOn(blog.get(location).body());
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> blog.get(location).statusCode()));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            long after = RunningBlog.viewsShownOn(blog.get(location).body());
            assertEquals(before + 101, after, "100 concurrent views plus this one");
        }
        try (RunningBlog restarted = RunningBlog.start(dataDir)) {
            HttpResponse<String> page = restarted.get(location);
            assertEquals(before + 102, RunningBlog.viewsShownOn(page.body()), "counts were flushed at shutdown and kept");
        }
    }

    @Test
    void headRequestsDoNotCount() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String location = blog.createPost("Head", "Ada", "x");
            long first = RunningBlog.viewsShownOn(blog.get(location).body());
            blog.send(java.net.http.HttpRequest.newBuilder(blog.uri(location))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertEquals(first + 1, RunningBlog.viewsShownOn(blog.get(location).body()));
        }
    }
}
