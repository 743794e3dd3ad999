package inkwell.articles;

import inkwell.web.Dates;
import inkwell.web.Paths;
import java.time.Instant;

/** A post as lists show it: enough for a card with title, byline, dates, excerpt and counts. */
public record ArticleCard(long id, String title, String slug, String author, String excerpt, int readingMinutes,
                          Instant createdAt, Instant updatedAt, String viewsLabel) {

    /**
     * {@code viewsLabel} is "1 view", "12 views", or a {@link inkwell.web.PageCache} hole that becomes the exact
     * label on every request.
     */
    static ArticleCard of(Article article, String viewsLabel) {
        return new ArticleCard(article.id(), article.title(), article.slug(), article.author(), article.excerpt(),
                article.readingMinutes(), article.createdAt(), article.updatedAt(), viewsLabel);
    }

    static String viewsLabel(long views) {
        return Dates.plural(views, "view");
    }

    /** The canonical address: {@code /posts/42/my-first-post}, percent-encoded. */
    public String path() {
        return Paths.encode(ArticlePaths.canonical(id, slug));
    }

    public String editPath() {
        return ArticlePaths.edit(id);
    }

    public String deletePath() {
        return ArticlePaths.delete(id);
    }

    public boolean edited() {
        return updatedAt.isAfter(createdAt.plusSeconds(60));
    }
}
