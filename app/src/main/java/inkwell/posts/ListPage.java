package inkwell.posts;

import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;

/** One page of all posts, newest first. */
public record ListPage(List<PostCard> posts, Pagination pagination, long total) implements PageModel {

    @Override
    public Meta meta() {
        String title = pagination.page() == 1 ? "All posts" : "All posts, page " + pagination.page();
        return Meta.page(title, "All " + total + " posts, newest first.", pagination.pathOf(pagination.page()));
    }
}
