package inkwell.posts;

import inkwell.markdown.Excerpts;
import inkwell.web.view.Dates;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/**
 * A post: its card facts, the stored sanitized HTML, the token for the delete dialog's form and, for a post that
 * is not public, the banner that says so.
 */
public record PostPage(PostCard post, String html, String description, String csrf, String unpublished)
        implements PageModel {

    /** A public post's page (the static site's, say): no banner. */
    public PostPage(PostCard post, String html, String description, String csrf) {
        this(post, html, description, csrf, null);
    }

    /** The meta description is the excerpt cut again to what search results show. */
    static PostPage of(PostCard post, String html, String csrf) {
        return new PostPage(post, html, Excerpts.shorten(post.excerpt(), 160), csrf);
    }

    /** The page of {@code stored} as its writer sees it, with a banner when readers cannot see it. */
    static PostPage of(Post stored, PostCard post, String html, String csrf) {
        String banner = switch (stored.status()) {
            case PUBLISHED -> null;
            case DRAFT -> "Draft — not published. Only you can see it; Publish it from Edit.";
            case SCHEDULED -> "Scheduled — it goes public by itself on " + Dates.exact(stored.publishedAt())
                    + ". Until then only you can see it.";
        };
        return new PostPage(post, html, Excerpts.shorten(post.excerpt(), 160), csrf, banner);
    }

    /** The post's table of contents (empty under three headings), read from its HTML: kept pages keep it too. */
    public java.util.List<inkwell.markdown.ContentsEntry> contents() {
        return inkwell.markdown.TableOfContents.of(html);
    }

    @Override
    public Meta meta() {
        if (unpublished != null) {
            return Meta.privatePage(post.title(), post.path());
        }
        return Meta.article(post.title(), description, post.path(), post.publishedAt(), post.updatedAt());
    }
}
