package inkwell.posts;

import inkwell.web.http.Routes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The blog as readers see it, for the static site: every public page's model, read in a handful of queries
 * (the posts' facts at once, bodies a batch at a time) rather than one per post. Models carry no view counts
 * and no security tokens: there is nothing to count or to protect in a file.
 */
public final class PublishedBlog {
    static final int BODY_BATCH = 100;

    private final PostRepository repository;
    private final List<Post> posts;
    private final Map<Long, List<String>> oldSlugs;
    /** Public posts' tags by post id; a post without tags has no entry. */
    private final Map<Long, List<Tag>> tags;

    private PublishedBlog(PostRepository repository, List<Post> posts, Map<Long, List<String>> oldSlugs,
                          Map<Long, List<Tag>> tags) {
        this.repository = repository;
        this.posts = posts;
        this.oldSlugs = oldSlugs;
        this.tags = tags;
    }

    static PublishedBlog read(PostRepository repository) {
        return new PublishedBlog(repository, repository.newest(0, Integer.MAX_VALUE), repository.oldSlugs(),
                repository.publicTags());
    }

    /** The home page with the newest posts; {@code siteDescription} as on the live home page. */
    public HomePage home(String siteDescription) {
        return HomePage.of(cards(posts.subList(0, Math.min(ReadingPages.HOME_NEWEST, posts.size()))), List.of(),
                posts.size(), siteDescription);
    }

    /** Every page of all posts, newest first, {@code perPage} a page; one (empty) page for an empty blog. */
    public List<ListPage> lists(int perPage) {
        return paged(posts, perPage, Routes.POSTS, (cards, pagination) -> new ListPage(cards, pagination,
                posts.size()));
    }

    /** The tags page: every tag of a public post, by slug, with how many public posts carry it. */
    public TagsPage tagIndex() {
        return TagsPage.of(byTag().entrySet().stream()
                .map(entry -> new TagCount(entry.getKey(), entry.getValue().size())).toList(), null);
    }

    /** The first page of every tag of a public post, by slug: the sitemap lists them. */
    public List<String> tagPaths() {
        return byTag().keySet().stream().map(Tag::path).toList();
    }

    /** Every page of every tag, {@code perPage} posts a page, newest first. */
    public List<TagPage> tagPages(int perPage) {
        List<TagPage> pages = new ArrayList<>();
        byTag().forEach((tag, tagged) -> pages.addAll(paged(tagged, perPage, tag.path(),
                (cards, pagination) -> new TagPage(tag, cards, pagination, tagged.size()))));
        return pages;
    }

    /** Every tag's newest posts in full, as its feed shows them. */
    public List<TaggedPosts> tagFeeds(int limit) {
        return byTag().entrySet().stream().map(entry -> new TaggedPosts(entry.getKey(),
                inFull(entry.getValue().subList(0, Math.min(limit, entry.getValue().size()))))).toList();
    }

    /** The public posts of each tag, newest first; tags in slug order so the files come out the same. */
    private Map<Tag, List<Post>> byTag() {
        Map<Tag, List<Post>> byTag = new TreeMap<>(Comparator.comparing(Tag::slug));
        for (Post post : posts) {
            for (Tag tag : tags.getOrDefault(post.id(), List.of())) {
                byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(post);
            }
        }
        return byTag;
    }

    /** A list cut into pages of {@code perPage}; one (empty) page for an empty list. */
    private <T> List<T> paged(List<Post> list, int perPage, String listPath,
                              BiFunction<List<PostCard>, Pagination, T> page) {
        int pages = Pagination.pagesFor(list.size(), perPage);
        List<T> all = new ArrayList<>(pages);
        for (int number = 1; number <= pages; number++) {
            List<Post> onPage = list.subList((number - 1) * perPage, Math.min(number * perPage, list.size()));
            all.add(page.apply(cards(onPage), new Pagination(number, pages, perPage, listPath)));
        }
        return all;
    }

    /** Each post's page, newest first; the bodies are read {@value #BODY_BATCH} at a time. */
    public void eachPost(Consumer<PostPage> page) {
        for (int from = 0; from < posts.size(); from += BODY_BATCH) {
            List<Post> batch = posts.subList(from, Math.min(from + BODY_BATCH, posts.size()));
            Map<Long, PostBody> bodies = repository.bodies(batch.stream().map(Post::id).toList());
            for (Post post : batch) {
                PostBody body = bodies.get(post.id());
                if (body != null) { // deleted since the list was read
                    page.accept(PostPage.of(card(post), body.html(), null));
                }
            }
        }
    }

    /** The newest posts in full, as the feed shows them. */
    public List<PublishedPost> newestInFull(int limit) {
        return inFull(posts.subList(0, Math.min(limit, posts.size())));
    }

    private List<PublishedPost> inFull(List<Post> newest) {
        Map<Long, PostBody> bodies = repository.bodies(newest.stream().map(Post::id).toList());
        return newest.stream().filter(post -> bodies.containsKey(post.id()))
                .map(post -> PublishedPost.of(post, bodies.get(post.id()).html())).toList();
    }

    /** Every post's canonical path and last change, newest first, for the sitemap. */
    public List<PostAddress> addresses() {
        return posts.stream().map(post -> new PostAddress(canonical(post), post.updatedAt())).toList();
    }

    /**
     * The addresses that lead to a post without being its own: {@code /posts/{id}}, and each slug it had before
     * a rename. By post (newest first), then slug.
     */
    public List<OldAddress> oldAddresses() {
        List<OldAddress> old = new ArrayList<>();
        for (Post post : posts) {
            old.add(new OldAddress(Routes.postById(post.id()), canonical(post), post.title()));
            for (String slug : oldSlugs.getOrDefault(post.id(), List.of())) {
                if (!slug.equals(post.slug())) {
                    old.add(new OldAddress(Routes.post(post.id(), slug), canonical(post), post.title()));
                }
            }
        }
        return old;
    }

    private static String canonical(Post post) {
        return Routes.post(post.id(), post.slug());
    }

    private List<PostCard> cards(List<Post> onPage) {
        return onPage.stream().map(this::card).toList();
    }

    private PostCard card(Post post) {
        return PostCard.withoutViews(post).withTags(tags.getOrDefault(post.id(), List.of()));
    }

    /** An address that leads to a post: {@code path} redirects to {@code target}, the post's canonical path. */
    public record OldAddress(String path, String target, String title) {
    }
}
