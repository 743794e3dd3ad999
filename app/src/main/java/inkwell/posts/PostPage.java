package inkwell.posts;

import inkwell.markdown.Excerpts;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** A post: its card facts, the stored sanitized HTML and the token for the delete dialog's form. */
public record PostPage(PostCard post, String html, String description, String csrf) implements PageModel {

    /** The meta description is the excerpt cut again to what search results show. */
    static PostPage of(PostCard post, String html, String csrf) {
        return new PostPage(post, html, Excerpts.shorten(post.excerpt(), 160), csrf);
    }

    @Override
    public Meta meta() {
        return Meta.article(post.title(), description, post.path(), post.createdAt(), post.updatedAt());
    }
}
