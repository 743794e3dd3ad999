package inkwell.posts;

import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** "Delete this post?": the confirmation that works without JavaScript. */
public record DeletePage(PostCard post, String csrf) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage("Delete \u201c" + post.title() + "\u201d?", post.deletePath());
    }
}
