package inkwell.posts;

import java.util.List;
import java.util.Map;

/**
 * Every post of the blog in full, by id, a batch at a time (an export of 100,000 posts never holds them all):
 * drafts and scheduled posts included, with their Markdown as written, tags, earlier slugs and
 * addresses brought from another blog.
 */
public final class EveryPost {
    static final int BATCH = 200;

    private final PostRepository repository;
    private final Map<Long, List<String>> oldSlugs;
    private final Map<Long, List<String>> oldPaths;

    EveryPost(PostRepository repository) {
        this.repository = repository;
        this.oldSlugs = repository.oldSlugs();
        this.oldPaths = repository.oldPaths();
    }

    /** Up to {@value #BATCH} posts with an id above {@code afterId}, by id; empty past the last. */
    public List<FullPost> after(long afterId) {
        List<Post> posts = repository.after(afterId, BATCH);
        List<Long> ids = posts.stream().map(Post::id).toList();
        Map<Long, PostBody> bodies = repository.bodies(ids);
        Map<Long, List<Tag>> tags = repository.tagsOf(ids);
        return posts.stream().filter(post -> bodies.containsKey(post.id())).map(post -> new FullPost(post.id(),
                post.title(), post.slug(), post.author(), post.status(), post.createdAt(), post.updatedAt(),
                post.status() == PostStatus.DRAFT ? null : post.publishedAt(), bodies.get(post.id()).markdown(),
                tags.getOrDefault(post.id(), List.of()).stream().map(Tag::name).toList(),
                oldSlugs.getOrDefault(post.id(), List.of()), oldPaths.getOrDefault(post.id(), List.of()))).toList();
    }
}
