package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import inkwell.Eventually;
import inkwell.posts.PublishedPost;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New searches take turns on the cores: one that cannot get a turn in time is told to try again (a page with a
 * notice, not a wait without end), and that notice is not kept as the answer to its words.
 */
class SearchTurnsTest {
    @Test
    void aSearchWithNoTurnInTimeSaysBusyAndTheNextOneFinds(@TempDir Path folder) throws Exception {
        PublishedPost post = new PublishedPost(1, "Tapir trails", "/posts/1/tapir-trails", "Ada", "",
                "<p>Tapirs walk the same trails every night.</p>", Instant.EPOCH, Instant.EPOCH);
        try (SearchIndex index = new SearchIndex(folder, new OnePost(post)).start()) {
            Eventually.await(Duration.ofSeconds(30), index::ready, "the index to be built");
            SearchTurns turns = new SearchTurns(1, Duration.ofMillis(200));
            Searching searching = new Searching(index, turns);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread other = new Thread(() -> turns.inTurn(() -> {
                holding.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return false;
                }
            }));
            other.start();
            try {
                holding.await(10, TimeUnit.SECONDS);
                assertEquals(Searching.BUSY, searching.search("tapir", 1).message(), "the only turn is taken");
            } finally {
                release.countDown();
                other.join(10_000);
            }
            SearchPage found = searching.search("tapir", 1);
            assertNull(found.message(), "the busy notice was not kept for these words");
            assertEquals(List.of("/posts/1/tapir-trails"), found.results().stream().map(SearchResult::path).toList());
        }
    }

    private record OnePost(PublishedPost post) implements PostSource {
        @Override
        public Optional<IndexedPost> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<IndexedPost> after(long afterId, int limit) {
            return afterId < post.id() ? List.of(new IndexedPost(post, List.of())) : List.of();
        }

        @Override
        public String fingerprint() {
            return "fixed";
        }
    }
}
