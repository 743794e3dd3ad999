package inkwell.articles;

import inkwell.web.Meta;
import inkwell.web.PageModel;
import java.util.List;

/** The home page: the newest posts and the week's most read, or an invitation to write the first. */
public record HomePage(List<ArticleCard> newest, List<WeeklyReads> mostRead, long total, String description)
        implements PageModel {

    public boolean empty() {
        return total == 0;
    }

    public boolean hasMore() {
        return total > newest.size();
    }

    @Override
    public Meta meta() {
        return Meta.page(null, description, "/");
    }

    /** A post and how often it was read over the last seven days. */
    public record WeeklyReads(ArticleCard article, long views) {
    }
}
