package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.views.MutableClock;
import inkwell.views.ViewCounter;
import inkwell.web.cache.PageCache;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of public posts a start reads (the row every write keeps, not a count) is the number of public posts
 * after every kind of write, on a real Derby opened again after each one.
 */
class PublicPostCountTest {
    private static final DateTimeFormatter AS_THE_FORM_SENDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void aStartReadsTheCountThatEveryWriteKept() throws Exception {
        long[] ids = new long[4];
        afterWriting(posts -> {
            ids[0] = posts.create(new PostDraft("First", "Ada", "One.")).id();
            ids[1] = posts.create(new PostDraft("Second", "Ada", "Two.")).id();
            ids[2] = posts.create(draft("Not yet", "draft", "")).id();
            String inAnHour = clock.instant().plus(Duration.ofHours(1)).atZone(ZoneId.systemDefault())
                    .format(AS_THE_FORM_SENDS);
            ids[3] = posts.create(draft("Later", "scheduled", inAnHour)).id();
        }, 2);
        afterWriting(posts -> posts.update(ids[2], draft("Not yet", "published", "")), 3);
        afterWriting(posts -> posts.update(ids[0], draft("First", "draft", "")), 2);
        afterWriting(posts -> assertTrue(posts.delete(ids[1])), 1);
        afterWriting(posts -> {
            clock.advance(Duration.ofHours(2));
            assertEquals(1, posts.publishDue(), "the scheduled post's time came");
        }, 2);
        afterWriting(posts -> {
            PostImport imports = posts.imports();
            Instant then = Instant.parse("2020-05-01T10:00:00Z");
            List<PostImport.Ready> ready = new ArrayList<>();
            for (PostStatus status : List.of(PostStatus.PUBLISHED, PostStatus.PUBLISHED, PostStatus.DRAFT)) {
                FullPost post = new FullPost(0, "Imported " + ready.size(), "", "Ada", status, then, then, then,
                        "Brought from another blog.", List.of(), List.of());
                ready.add(assertDoesNotThrow(() -> imports.check(post, "imported-" + ready.size())));
            }
            imports.write(ready, em -> { });
        }, 4);
    }

    /** Writes, checks the count then and once the database is opened again, against Derby's own count. */
    private void afterWriting(Consumer<Posts> writes, long expected) throws Exception {
        Database database = Database.open(Settings.headless(dataDir));
        try {
            Posts posts = new Posts(database, new ViewCounter(database, clock), clock, new PageCache());
            writes.accept(posts);
            assertEquals(expected, posts.count(), "the count after the write");
        } finally {
            database.close();
        }
        Database again = Database.open(Settings.headless(dataDir));
        try {
            long counted = again.read(em -> em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.status = :published",
                    Long.class).setParameter("published", PostStatus.PUBLISHED.value()).getSingleResult());
            assertEquals(expected, counted, "Derby's own count");
            Posts posts = new Posts(again, new ViewCounter(again, clock), clock, new PageCache());
            assertEquals(expected, posts.count(), "the count a start reads");
        } finally {
            again.close();
        }
    }

    private static PostDraft draft(String title, String status, String publishAt) {
        return new PostDraft(title, "Ada", "Text of " + title + ".", status, publishAt, "");
    }
}
