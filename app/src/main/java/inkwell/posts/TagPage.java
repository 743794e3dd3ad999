package inkwell.posts;

import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;

/** One page of a tag's public posts, newest first, like the list of all posts. */
public record TagPage(Tag tag, List<PostCard> posts, Pagination pagination, long total) implements PageModel {

    @Override
    public Meta meta() {
        String page = pagination.page() == 1 ? "" : ", page " + pagination.page();
        String title = "Tagged “" + tag.name() + "”" + page;
        return Meta.page(title, "All " + total + " posts tagged “" + tag.name() + "”, newest first.",
                pagination.pathOf(pagination.page()));
    }
}
