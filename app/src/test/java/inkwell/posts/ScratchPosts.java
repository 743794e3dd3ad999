package inkwell.posts;

import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import inkwell.views.MutableClock;
import inkwell.views.ViewCounter;
import inkwell.web.cache.PageCache;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The real {@link Posts} service over a real Derby in a test's folder, with a clock the test moves, for tests
 * in other packages that write, rename and edit posts without a web server (the static site's).
 */
public final class ScratchPosts implements AutoCloseable {
    public final Posts posts;
    private final Database database;
    private final MutableClock clock;

    private ScratchPosts(Database database, MutableClock clock) {
        this.database = database;
        this.clock = clock;
        this.posts = new Posts(database, new ViewCounter(database, clock), clock, new PageCache());
    }

    public static ScratchPosts open(Path dataDir, Instant start) throws DatabaseException {
        MutableClock clock = new MutableClock(start);
        return new ScratchPosts(Database.open(Settings.headless(dataDir)), clock);
    }

    /** Creates a post now, then moves the clock on an hour, so posts have distinct times. */
    public Post create(String title, String author, String markdown) {
        Post post = posts.create(new PostDraft(title, author, markdown));
        clock.advance(Duration.ofHours(1));
        return post;
    }

    /** Creates a post with tags ({@code "a, b"}), like {@link #create(String, String, String)}. */
    public Post create(String title, String author, String markdown, String tags) {
        Post post = posts.create(new PostDraft(title, author, markdown, tags));
        clock.advance(Duration.ofHours(1));
        return post;
    }

    /** Saves the post's new text (a new title renames it) a day later than the last write. */
    public Post update(long id, String title, String author, String markdown) {
        clock.advance(Duration.ofDays(1));
        return posts.update(id, new PostDraft(title, author, markdown)).orElseThrow();
    }

    public boolean delete(long id) {
        return posts.delete(id);
    }

    @Override
    public void close() {
        database.close();
    }
}
