package inkwell.posts;

import inkwell.markdown.MarkdownRenderer;
import inkwell.storage.Database;
import inkwell.storage.StorageFailure;
import inkwell.views.ViewCounter;
import inkwell.web.cache.PageCache;
import inkwell.web.http.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The posts' use cases and everything each implies: Markdown is rendered and sanitized once, before the write;
 * every write invalidates the kept pages; a deleted post's views are forgotten. Handlers only read requests
 * and pick pages; they never touch the repository, the renderer or the page cache themselves.
 */
public final class Posts {
    private final PostRepository repository;
    private final ViewCounter views;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Clock clock;
    private final PageCache pages;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();
    private final List<Consumer<PostChange>> followers = new CopyOnWriteArrayList<>();

    public Posts(Database database, ViewCounter views, Clock clock, PageCache pages) {
        this.repository = new PostRepository(database);
        this.views = views;
        this.clock = clock;
        this.pages = pages;
    }

    long count() {
        return repository.count();
    }

    List<Post> newest(int offset, int limit) {
        return repository.newest(offset, limit);
    }

    Optional<Post> find(long id) {
        return repository.find(id);
    }

    Optional<PostRepository.StoredPost> findWithBody(long id) {
        return repository.findWithBody(id);
    }

    /** The name on the newest post: the write form's default author in a browser that has none remembered. */
    String lastAuthor() {
        return repository.newest(0, 1).stream().map(Post::author).findFirst().orElse("");
    }

    Post create(PostDraft draft) throws StorageFailure {
        Post post = repository.create(PostContent.of(draft, markdown.render(draft.content())), clock.instant());
        changed(new PostChange(post.id(), PostChange.Kind.CREATED));
        return post;
    }

    /** Empty when the post was deleted meanwhile (in another tab, say). */
    Optional<Post> update(long id, PostDraft draft) throws StorageFailure {
        PostContent content = PostContent.of(draft, markdown.render(draft.content()));
        Optional<Post> updated = repository.update(id, content, clock.instant());
        changed(new PostChange(id, PostChange.Kind.UPDATED));
        return updated;
    }

    /** Called after every write that changes what readers see (publishing after a save listens here). */
    public void onChange(Runnable listener) {
        onChange.add(listener);
    }

    /**
     * Called after every write with the post and what happened to it, on the writing thread before its answer
     * goes out, so a follower (the search index) is up to date when the writer's next page loads.
     */
    public void onPostChange(Consumer<PostChange> follower) {
        followers.add(follower);
    }

    private void changed(PostChange change) {
        pages.invalidate();
        followers.forEach(follower -> follower.accept(change));
        onChange.forEach(Runnable::run);
    }

    /** False when there was no such post. */
    boolean delete(long id) throws StorageFailure {
        boolean deleted = repository.delete(id);
        if (deleted) {
            views.forget(id);
            changed(new PostChange(id, PostChange.Kind.DELETED));
        }
        return deleted;
    }

    /** The newest posts as a feed shows them: in full, with their sanitized HTML. */
    public List<PublishedPost> newestInFull(int limit) {
        return repository.newestWithBodies(limit).stream().filter(stored -> stored.body() != null)
                .map(stored -> PublishedPost.of(stored.post(), stored.body().html())).toList();
    }

    /** Every post's canonical path and last change, newest first, for the sitemap. */
    public List<PostAddress> addresses(int limit) {
        return repository.addresses(limit).stream().map(row -> new PostAddress(Routes.post((Long) row[0],
                (String) row[1]), ((java.time.LocalDateTime) row[2]).toInstant(java.time.ZoneOffset.UTC))).toList();
    }

    /** The blog as readers see it, read for the static site. */
    public PublishedBlog published() {
        return PublishedBlog.read(repository);
    }

    /** Counts one view of the post and returns its new exact total. */
    long recordView(Post post) {
        return views.record(post.id(), post.storedViews());
    }

    long views(Post post) {
        return views.views(post.id(), post.storedViews());
    }

    /** The week's most read posts that still exist, most read first, with their views this week. */
    List<Map.Entry<Post, Long>> mostReadThisWeek(int limit) {
        List<Map.Entry<Long, Long>> top = views.mostViewedThisWeek(limit);
        Map<Long, Post> found = new HashMap<>();
        repository.byIds(top.stream().map(Map.Entry::getKey).toList()).forEach(post -> found.put(post.id(), post));
        return top.stream().filter(entry -> found.containsKey(entry.getKey()))
                .map(entry -> Map.entry(found.get(entry.getKey()), entry.getValue())).toList();
    }

    /** Creates the welcome post when this data folder has never been welcomed and holds no posts. */
    public void welcomeOnFirstRun(Path dataDir) throws IOException {
        Path marker = dataDir.resolve(WelcomePost.MARKER);
        if (Files.exists(marker)) {
            return;
        }
        if (repository.count() == 0) {
            create(WelcomePost.draft(dataDir));
        }
        Files.writeString(marker, "welcomed\n");
    }
}
