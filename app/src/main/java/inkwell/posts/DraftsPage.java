package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.Dates;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.time.Instant;
import java.util.List;

/** The writer's drafts and scheduled posts, the last edited first. */
public record DraftsPage(List<Row> drafts) implements PageModel {

    /** One unpublished post: what it is called, where it stands, when it was last touched. */
    public record Row(String title, String path, String editPath, String state, Instant updatedAt) {
    }

    static DraftsPage of(List<Post> unpublished) {
        return new DraftsPage(unpublished.stream().map(post -> new Row(post.title(), Routes.post(post.id(), post.slug()),
                Routes.edit(post.id()), state(post), post.updatedAt())).toList());
    }

    private static String state(Post post) {
        return post.status() == PostStatus.SCHEDULED ? "Scheduled for " + Dates.exact(post.publishedAt()) : "Draft";
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Drafts", Routes.DRAFTS);
    }
}
