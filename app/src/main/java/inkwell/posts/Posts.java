package inkwell.posts;

import inkwell.markdown.MarkdownRenderer;
import inkwell.markdown.MarkdownTooComplex;
import inkwell.storage.Database;
import inkwell.storage.StorageFailure;
import inkwell.views.ViewCounter;
import inkwell.web.cache.PageCache;
import inkwell.web.http.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
    private volatile MarkdownRenderer markdown = new MarkdownRenderer();
    private final Clock clock;
    private final PageCache pages;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();
    /** Times the writer types are in the computer's own zone: the blog runs on the writer's machine. */
    private final ZoneId zone = ZoneId.systemDefault();
    private final List<Consumer<PostChange>> followers = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<PostChange>>> batchFollowers = new CopyOnWriteArrayList<>();

    public Posts(Database database, ViewCounter views, Clock clock, PageCache pages) {
        this.repository = new PostRepository(database);
        this.views = views;
        this.clock = clock;
        this.pages = pages;
    }

    /** From now on, posts saved give the blog's own images their size and smaller copies (see {@code media}). */
    public void renderImagesWith(inkwell.markdown.LocalImages images) {
        markdown = new MarkdownRenderer(images);
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

    /** The post an address from another blog leads to (see {@link OldAddresses}). */
    Optional<Post> atOldPath(String path) {
        return repository.atOldPath(path);
    }

    Optional<PostRepository.StoredPost> findWithBody(long id) {
        return repository.findWithBody(id);
    }

    /** The name on the newest post: the write form's default author in a browser that has none remembered. */
    String lastAuthor() {
        return repository.newest(0, 1).stream().map(Post::author).findFirst().orElse("");
    }

    /** What is wrong with the form, by field, in form order; empty when it can be saved. */
    Map<String, String> problems(PostDraft draft) {
        return PostValidator.validate(draft, clock.instant(), zone);
    }

    /**
     * The text as it will read once saved: the very renderer and sanitizer a save uses, so what the preview shows
     * is what is published. Refused (with the reason) when empty, too long or past the render budget.
     */
    Preview preview(String content) {
        String problem = PostValidator.contentProblem(content);
        if (problem != null) {
            return Preview.refused(problem);
        }
        try {
            return Preview.of(markdown.render(content).html());
        } catch (MarkdownTooComplex e) {
            return Preview.refused(e.getMessage());
        }
    }

    /** Saves a checked draft ({@link #problems} empty) as a draft, a scheduled post or a published one. */
    Post create(PostDraft draft) throws StorageFailure {
        return create(draft, null);
    }

    /**
     * As {@link #create(PostDraft)}; with the form's autosave key (or null), the post that key made already is
     * saved instead of a second one (see {@link PostRepository#create}).
     */
    Post create(PostDraft draft, String autosaveKey) throws StorageFailure {
        PostStatus status = status(draft);
        Post post = repository.create(PostContent.of(draft, markdown.render(draft.content())),
                TagNames.bySlug(draft.tags()), status, scheduledFor(draft, status), clock.instant(),
                RevisionText.of(draft), autosaveKey);
        changed(new PostChange(post.id(), PostChange.Kind.CREATED));
        return post;
    }

    /** A draft made by a new post's first autosave: followers hear of it as of any new post. */
    void noticeNewDraft(long id) {
        changed(new PostChange(id, PostChange.Kind.CREATED));
    }

    /** Empty when the post was deleted meanwhile (in another tab, say). */
    Optional<Post> update(long id, PostDraft draft) throws StorageFailure {
        return update(id, draft, RevisionKind.MANUAL);
    }

    /** As {@link #update(long, PostDraft)}; {@code kind} tells a restore from a save in the post's history. */
    Optional<Post> update(long id, PostDraft draft, RevisionKind kind) throws StorageFailure {
        PostContent content = PostContent.of(draft, markdown.render(draft.content()));
        PostStatus status = status(draft);
        Optional<Post> updated = repository.update(id, content, TagNames.bySlug(draft.tags()), status,
                scheduledFor(draft, status), clock.instant(), kind, RevisionText.of(draft));
        changed(new PostChange(id, PostChange.Kind.UPDATED));
        return updated;
    }

    /** The edit form's fields for a stored post: its text, status, tags, and its time when it is scheduled. */
    PostDraft editable(Post post, String markdown) {
        String at = post.status() == PostStatus.SCHEDULED ? PublishTime.field(post.publishedAt(), zone) : "";
        String tags = String.join(", ", tagsOf(post).stream().map(Tag::name).toList());
        return new PostDraft(post.title(), post.author(), markdown, post.status().value(), at, tags);
    }

    List<Tag> tagsOf(Post post) {
        return repository.tagsOf(List.of(post.id())).getOrDefault(post.id(), List.of());
    }

    /** Cards for these posts with their tags, read in one query; {@code viewsLabel} as {@link PostCard#of}. */
    List<PostCard> cards(List<Post> found, java.util.function.Function<Post, String> viewsLabel) {
        Map<Long, List<Tag>> tags = repository.tagsOf(found.stream().map(Post::id).toList());
        return found.stream().map(post -> PostCard.of(post, viewsLabel.apply(post))
                .withTags(tags.getOrDefault(post.id(), List.of()))).toList();
    }

    /** Cards whose view counts are holes: kept pages show them exact, however many views came since. */
    List<PostCard> countedCards(List<Post> found, PageCache.Render render) {
        return cards(found, post -> render.hole(request -> PostCard.viewsLabel(views(post))));
    }

    /** Every tag in use: the write form suggests them. */
    List<Tag> allTags() {
        return repository.allTags();
    }

    /** The tags readers can see (on public posts), with their public posts' number. */
    /** The first page of every tag of a public post, by slug: the sitemap lists them. */
    public List<String> publicTagPaths() {
        return repository.publicTagCounts().stream().map(count -> count.tag().path()).toList();
    }

    List<TagCount> publicTagCounts() {
        return repository.publicTagCounts();
    }

    Optional<Tag> tag(String slug) {
        return repository.tag(slug);
    }

    long publicCount(Tag tag) {
        return repository.publicCount(tag.slug());
    }

    List<Post> tagged(Tag tag, int offset, int limit) {
        return repository.tagged(tag.slug(), offset, limit);
    }

    /** A tag's newest public posts in full, for its feed; empty when there is no such tag. */
    public Optional<TaggedPosts> taggedInFull(String slug, int limit) {
        return repository.tag(slug).map(tag -> new TaggedPosts(tag, repository.tagged(slug, 0, limit).stream()
                .map(post -> repository.findWithBody(post.id())).flatMap(Optional::stream)
                .map(stored -> PublishedPost.of(stored.post(), stored.body().html())).toList()));
    }

    /**
     * Renames a tag, or merges it into the tag that already has the new name's slug; the slug it ends up with,
     * or empty when there was no such tag. Only call with a name {@link #tagNameProblem} accepts.
     */
    Optional<String> renameTag(String slug, String name) throws StorageFailure {
        // The posts that carry either tag before the rename are those whose tags it changes (the search index
        // holds their tags); a post tagged meanwhile is followed through its own save.
        List<Long> touched = repository.taggedIds(List.of(slug, Slugs.slugify(name)));
        Optional<String> renamed = repository.renameTag(slug, name);
        renamed.ifPresent(done -> changed(touched.stream().map(id -> new PostChange(id, PostChange.Kind.UPDATED))
                .toArray(PostChange[]::new)));
        return renamed;
    }

    static Optional<String> tagNameProblem(String name) {
        return TagNames.nameProblem(name);
    }

    /** Drafts and scheduled posts, the last edited first. */
    List<Post> unpublished() {
        return repository.unpublished();
    }

    /** When the next scheduled post goes public: until then the public pages cannot change by themselves. */
    public Optional<Instant> nextScheduled() {
        return repository.nextScheduled();
    }

    /**
     * Publishes the scheduled posts whose time has come, as if saved then: the kept pages go, the search index and
     * publishing hear of it. Runs every second or so, and at start for times that passed while Inkwell was off.
     */
    public int publishDue() throws StorageFailure {
        List<Long> published = repository.publishDue(clock.instant());
        if (!published.isEmpty()) {
            changed(published.stream().map(id -> new PostChange(id, PostChange.Kind.UPDATED))
                    .toArray(PostChange[]::new));
        }
        return published.size();
    }

    private static PostStatus status(PostDraft draft) {
        return PostStatus.ofField(draft.status()).orElseThrow(() -> new IllegalArgumentException("unchecked status"));
    }

    private Instant scheduledFor(PostDraft draft, PostStatus status) {
        return status == PostStatus.SCHEDULED
                ? PublishTime.parse(draft.publishAt(), zone).orElseThrow(() -> new IllegalArgumentException("unchecked time"))
                : null;
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

    /** As {@link #onPostChange}, told every change of one write at once (an import writes thousands). */
    public void onPostChanges(Consumer<List<PostChange>> follower) {
        batchFollowers.add(follower);
    }

    /** {@code changes} name the posts written; none for a change to many at once that followers need not see. */
    void changed(PostChange... changes) {
        pages.invalidate();
        for (PostChange change : changes) {
            followers.forEach(follower -> follower.accept(change));
        }
        if (changes.length > 0) {
            batchFollowers.forEach(follower -> follower.accept(List.of(changes)));
        }
        onChange.forEach(Runnable::run);
    }

    /** Writing many posts at once, as an import does, with this blog's renderer and limits. */
    public PostImport imports() {
        return new PostImport(repository, () -> markdown, clock, this::changed);
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

    /** How many posts there are, public and not: what an export holds. */
    public long[] publicAndUnpublished() {
        return new long[] {repository.count(), repository.unpublished().size()};
    }

    /** Every post in full, drafts included, for an export. */
    public EveryPost everyPost() {
        return new EveryPost(repository);
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
        return top.stream().filter(entry -> found.containsKey(entry.getKey()) && found.get(entry.getKey()).isPublic())
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
