package inkwell.posts;

import java.time.Instant;
import java.util.List;

/**
 * A post with everything the writer gave it, whatever its status: what an export writes out and an import
 * brings back. {@code publishedAt} is null for a draft that was never public. {@code oldPaths} are the addresses
 * it had on the blog it came from, kept as redirects (see {@link OldAddresses}).
 */
public record FullPost(long id, String title, String slug, String author, PostStatus status, Instant createdAt,
                       Instant updatedAt, Instant publishedAt, String markdown, List<String> tags,
                       List<String> oldSlugs, List<String> oldPaths) {
    public FullPost {
        tags = List.copyOf(tags);
        oldSlugs = List.copyOf(oldSlugs);
        oldPaths = List.copyOf(oldPaths);
    }

    /** A post that brings no addresses from another blog. */
    public FullPost(long id, String title, String slug, String author, PostStatus status, Instant createdAt,
                    Instant updatedAt, Instant publishedAt, String markdown, List<String> tags,
                    List<String> oldSlugs) {
        this(id, title, slug, author, status, createdAt, updatedAt, publishedAt, markdown, tags, oldSlugs, List.of());
    }

    /** The same post with these old addresses. */
    public FullPost withOldPaths(List<String> paths) {
        return new FullPost(id, title, slug, author, status, createdAt, updatedAt, publishedAt, markdown, tags,
                oldSlugs, paths);
    }
}
