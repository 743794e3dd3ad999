package inkwell.articles;

import inkwell.web.Meta;
import inkwell.web.PageModel;
import java.util.Map;

/**
 * The write and edit form. On a failed save it comes back with the user's text as typed, a message per field
 * and, when the whole form was refused (an expired token, a post deleted meanwhile), a notice at the top.
 */
public record FormPage(String heading, String action, String submitLabel, ArticleDraft draft,
                       Map<String, String> errors, String notice, String cancelPath, String csrf)
        implements PageModel {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public int maxTitle() {
        return ArticleValidator.MAX_TITLE;
    }

    public int maxAuthor() {
        return ArticleValidator.MAX_AUTHOR;
    }

    public int maxContent() {
        return ArticleValidator.MAX_CONTENT;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage(heading, action.equals(ArticlePaths.LIST) ? "/new" : action);
    }
}
