package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;

/** The home page: the newest posts and the week's most read, or an invitation to write the first. */
public record HomePage(List<PostCard> newest, List<WeeklyReads> mostRead, long total, String description)
        implements PageModel {

    /** The blog's own description when the owner wrote one; else a line made from the newest post's author. */
    static HomePage of(List<PostCard> newest, List<WeeklyReads> mostRead, long total, String siteDescription) {
        if (!siteDescription.isEmpty()) {
            return new HomePage(newest, mostRead, total, siteDescription);
        }
        String author = newest.isEmpty() ? "a developer" : newest.get(0).author();
        return new HomePage(newest, mostRead, total, "Notes on code by " + author + ".");
    }

    public boolean empty() {
        return total == 0;
    }

    public boolean hasMore() {
        return total > newest.size();
    }

    @Override
    public Meta meta() {
        return Meta.page(null, description, Routes.HOME);
    }

    /** A post and how often it was read over the last seven days. */
    public record WeeklyReads(PostCard post, long views) {
    }
}
