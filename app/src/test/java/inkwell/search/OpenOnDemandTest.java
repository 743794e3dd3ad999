package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import inkwell.Eventually;
import inkwell.posts.PostChange;
import inkwell.posts.PublishedPost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog's index opens at the first search or the first write, not by itself: a blog that is only read never
 * loads Lucene (some 5 MiB resident, issue 19). Yet the first search finds, and a write made before the index
 * opened is in it once it has.
 */
class OpenOnDemandTest {
    private static final PublishedPost TAPIRS = new PublishedPost(1, "Tapir trails", "/posts/1/tapir-trails",
            "Ada", "", "<p>Tapirs walk the same trails every night.</p>", Instant.EPOCH, Instant.EPOCH);
    private static final PublishedPost OKAPIS = new PublishedPost(2, "Okapi stripes", "/posts/2/okapi-stripes",
            "Ada", "", "<p>Okapis hide in the forest.</p>", Instant.EPOCH, Instant.EPOCH);

    @Test
    void theFirstSearchOrWriteOpensTheIndexAndNothingElseDoes(@TempDir Path folder) throws Exception {
        Posts searched = new Posts(List.of(TAPIRS));
        Posts written = new Posts(List.of(TAPIRS));
        try (SearchIndex bySearch = new SearchIndex(folder.resolve("a"), searched).startOnDemand();
             SearchIndex byWrite = new SearchIndex(folder.resolve("b"), written).startOnDemand()) {
            assertFalse(bySearch.openingStarted() || byWrite.openingStarted(), "nothing opening at the start");
            assertFalse(Files.exists(folder.resolve("a")) || Files.exists(folder.resolve("b")), "no index files");

            written.posts = List.of(TAPIRS, OKAPIS);
            byWrite.follow(new PostChange(OKAPIS.id(), PostChange.Kind.CREATED));
            SearchPage found = new Searching(bySearch).search("tapir", 1);
            assertNull(found.message(), "the first search waited for the index it opened");
            assertEquals(List.of(TAPIRS.path()), found.results().stream().map(SearchResult::path).toList());

            Eventually.await(Duration.ofSeconds(30), byWrite::ready, "the write to open its index");
            assertEquals(List.of(OKAPIS.path()), new Searching(byWrite).search("okapi", 1).results().stream()
                    .map(SearchResult::path).toList(), "the write made before the index opened is in it");
        }
    }

    private static final class Posts implements PostSource {
        volatile List<PublishedPost> posts;

        Posts(List<PublishedPost> posts) {
            this.posts = posts;
        }

        @Override
        public Optional<IndexedPost> find(long id) {
            return posts.stream().filter(post -> post.id() == id).findFirst()
                    .map(post -> new IndexedPost(post, List.of()));
        }

        @Override
        public List<IndexedPost> after(long afterId, int limit) {
            return posts.stream().filter(post -> post.id() > afterId).limit(limit)
                    .map(post -> new IndexedPost(post, List.of())).toList();
        }

        @Override
        public String fingerprint() {
            return "posts " + posts.size();
        }
    }
}
