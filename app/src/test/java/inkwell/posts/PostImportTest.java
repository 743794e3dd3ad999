package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's posts are written in one transaction over a real Derby: a failure at its very end writes nothing. */
class PostImportTest {
    @TempDir
    Path dataDir;

    private static FullPost post(String title, List<String> tags, List<String> oldSlugs) {
        Instant at = Instant.parse("2020-01-02T03:04:05Z");
        return new FullPost(0, title, "", "Ada", PostStatus.PUBLISHED, at, at, at, "Text of " + title + ".", tags,
                oldSlugs);
    }

    @Test
    void aFailureAfterThePostsLeavesTheBlogAsItWas() throws Exception {
        try (ScratchPosts scratch = ScratchPosts.open(dataDir, Instant.parse("2026-01-01T00:00:00Z"))) {
            scratch.create("Already here", "Ada", "Before.", "kept");
            AtomicInteger told = new AtomicInteger();
            scratch.posts.onPostChange(change -> told.incrementAndGet());
            PostImport imports = scratch.posts.imports();
            List<PostImport.Ready> ready = new ArrayList<>();
            for (int i = 0; i < 250; i++) { // past the batch that is flushed and cleared on the way
                ready.add(imports.check(post("Imported " + i, List.of("new tag " + i % 3), List.of("old-" + i)),
                        "imported-" + i));
            }
            assertThrows(IllegalStateException.class, () -> imports.write(ready, em -> {
                throw new IllegalStateException("the disk filled up at the very end");
            }));
            assertEquals(java.util.Set.of("already-here"), imports.slugsInUse());
            assertEquals(List.of("kept"), scratch.posts.allTags().stream().map(Tag::name).toList());
            assertEquals(0, told.get(), "nobody hears of posts that were not written");
            assertEquals(1, scratch.posts.everyPost().after(0).size());

            List<Long> ids = imports.write(ready, em -> { });
            assertEquals(250, ids.size());
            assertEquals(250, told.get());
            FullPost first = scratch.posts.everyPost().after(ids.get(0) - 1).get(0);
            assertEquals(List.of("old-0"), first.oldSlugs());
            assertEquals(Instant.parse("2020-01-02T03:04:05Z"), first.createdAt());
        }
    }
}
