package inkwell.posts;

import inkwell.web.view.Dates;
import inkwell.web.http.Routes;
import java.time.Instant;
import java.util.List;

/**
 * A post as lists show it: enough for a card with title, byline, dates (the one readers see is the publish date),
 * excerpt, counts and tags.
 */
public record PostCard(long id, String title, String slug, String author, String excerpt, int readingMinutes,
                          Instant publishedAt, Instant updatedAt, String viewsLabel, List<Tag> tags) {

    /**
     * {@code viewsLabel} is "1 view", "12 views", or a {@link inkwell.web.cache.PageCache} hole that becomes the exact
     * label on every request.
     */
    static PostCard of(Post post, String viewsLabel) {
        return new PostCard(post.id(), post.title(), post.slug(), post.author(), post.excerpt(),
                post.readingMinutes(), post.publishedAt(), post.updatedAt(), viewsLabel, List.of());
    }

    PostCard withTags(List<Tag> postTags) {
        return new PostCard(id, title, slug, author, excerpt, readingMinutes, publishedAt, updatedAt, viewsLabel,
                List.copyOf(postTags));
    }

    /** Home shows no view counts on its cards (its "most read" list has the week's). */
    static PostCard withoutViews(Post post) {
        return of(post, "");
    }

    static String viewsLabel(long views) {
        return Dates.plural(views, "view");
    }

    /** The canonical address: {@code /posts/42/my-first-post}, percent-encoded. */
    public String path() {
        return Routes.post(id, slug);
    }

    public String editPath() {
        return Routes.edit(id);
    }

    public String deletePath() {
        return Routes.delete(id);
    }

    public boolean edited() {
        return updatedAt.isAfter(publishedAt.plusSeconds(60));
    }
}
