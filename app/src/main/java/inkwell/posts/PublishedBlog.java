package inkwell.posts;

import inkwell.web.http.Routes;
import java.util.ArrayList;
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

    private PublishedBlog(PostRepository repository, List<Post> posts, Map<Long, List<String>> oldSlugs) {
        this.repository = repository;
        this.posts = posts;
        this.oldSlugs = oldSlugs;
    }

    static PublishedBlog read(PostRepository repository) {
        return new PublishedBlog(repository, repository.newest(0, Integer.MAX_VALUE), repository.oldSlugs());
    }

    /** The home page with the newest posts; {@code siteDescription} as on the live home page. */
    public HomePage home(String siteDescription) {
        return HomePage.of(cards(posts.subList(0, Math.min(ReadingPages.HOME_NEWEST, posts.size()))), List.of(),
                posts.size(), siteDescription);
    }

    /** Every page of all posts, newest first, {@code perPage} a page; one (empty) page for an empty blog. */
    public List<ListPage> lists(int perPage) {
        int pages = Math.max(1, (posts.size() + perPage - 1) / perPage);
        List<ListPage> lists = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            List<Post> onPage = posts.subList((page - 1) * perPage, Math.min(page * perPage, posts.size()));
            lists.add(new ListPage(cards(onPage), new Pagination(page, pages, perPage), posts.size()));
        }
        return lists;
    }

    /** Each post's page, newest first; the bodies are read {@value #BODY_BATCH} at a time. */
    public void eachPost(Consumer<PostPage> page) {
        for (int from = 0; from < posts.size(); from += BODY_BATCH) {
            List<Post> batch = posts.subList(from, Math.min(from + BODY_BATCH, posts.size()));
            Map<Long, PostBody> bodies = repository.bodies(batch.stream().map(Post::id).toList());
            for (Post post : batch) {
                PostBody body = bodies.get(post.id());
                if (body != null) { // deleted since the list was read
                    page.accept(PostPage.of(PostCard.withoutViews(post), body.html(), null));
                }
            }
        }
    }

    /** The newest posts in full, as the feed shows them. */
    public List<PublishedPost> newestInFull(int limit) {
        List<Post> newest = posts.subList(0, Math.min(limit, posts.size()));
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

    private static List<PostCard> cards(List<Post> posts) {
        return posts.stream().map(PostCard::withoutViews).toList();
    }

    /** An address that leads to a post: {@code path} redirects to {@code target}, the post's canonical path. */
    public record OldAddress(String path, String target, String title) {
    }
}
