package inkwell.posts;

import inkwell.web.http.Routes;
import java.time.Instant;

/** A post as readers outside the blog get it (a feed): its facts, its canonical path and its sanitized HTML. */
public record PublishedPost(long id, String title, String path, String author, String excerpt, String html,
                            Instant published, Instant updated) {

    static PublishedPost of(Post post, String html) {
        return new PublishedPost(post.id(), post.title(), Routes.post(post.id(), post.slug()), post.author(),
                post.excerpt(), html, post.publishedAt(), post.updatedAt());
    }
}
