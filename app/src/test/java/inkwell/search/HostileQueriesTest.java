package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.posts.PublishedPost;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile queries against an index of a few thousand varied words: each one answered (results or a
 * message), and all of them together within a loose CPU bound. The CPU time of this thread is measured, not the
 * wall clock, so other builds on the shared cores cannot fail it.
 */
class HostileQueriesTest {
    private static final long CPU_BOUND_NANOS = 3_000_000_000L;

    @Test
    void everyHostileQueryIsAnsweredCheaply(@TempDir Path folder) throws Exception {
        try (SearchIndex index = new SearchIndex(folder, new ListSource(posts(2_000))).start()) {
            Eventually.await(Duration.ofSeconds(60), index::ready, "the index to be built");
            Searching searching = new Searching(index);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long started = threads.getCurrentThreadCpuTime();
            for (String query : SearchPagesHttpTest.hostileQueries().toList()) {
                SearchPage page = searching.search(query, 1);
                assertNotNull(page.message() != null ? page.message() : page.results(), query);
                assertTrue(page.message() == null || !page.message().equals(Searching.UNAVAILABLE), query);
            }
            for (String prefix : new String[] {"ab*", "zz*", "co*", "\"ab cd\"~99999", "ab* cd* ef* gh* ij*"}) {
                searching.search(prefix, 100);
            }
            long cpu = threads.getCurrentThreadCpuTime() - started;
            assertTrue(cpu < CPU_BOUND_NANOS, "hostile queries took " + cpu / 1_000_000 + " ms of CPU");
        }
    }

    /** Posts of random two-to-eight-letter words: many distinct words share every short prefix. */
    private static List<PublishedPost> posts(int count) {
        Random random = new Random(14);
        List<PublishedPost> posts = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            StringBuilder text = new StringBuilder("<p>");
            for (int w = 0; w < 200; w++) {
                int length = 2 + random.nextInt(7);
                for (int c = 0; c < length; c++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                text.append(' ');
            }
            posts.add(new PublishedPost(id, "Post " + id, "/posts/" + id + "/post", "Ada", "", text + "</p>",
                    Instant.EPOCH, Instant.EPOCH));
        }
        return posts;
    }

    private record ListSource(List<PublishedPost> posts) implements PostSource {
        @Override
        public Optional<IndexedPost> find(long id) {
            return posts.stream().filter(post -> post.id() == id).findFirst().map(ListSource::untagged);
        }

        @Override
        public List<IndexedPost> after(long afterId, int limit) {
            return posts.stream().filter(post -> post.id() > afterId).limit(limit).map(ListSource::untagged).toList();
        }

        private static IndexedPost untagged(PublishedPost post) {
            return new IndexedPost(post, List.of());
        }

        @Override
        public String fingerprint() {
            return "fixed";
        }
    }
}
