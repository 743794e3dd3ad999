package inkwell.posts;

import java.time.Instant;
import java.util.List;

/**
 * A post with everything the writer gave it, whatever its status: what an export writes out and an import
 * brings back. {@code publishedAt} is null for a draft that was never public.
 */
public record FullPost(long id, String title, String slug, String author, PostStatus status, Instant createdAt,
                       Instant updatedAt, Instant publishedAt, String markdown, List<String> tags,
                       List<String> oldSlugs) {
    public FullPost {
        tags = List.copyOf(tags);
        oldSlugs = List.copyOf(oldSlugs);
    }
}
