package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.Map;

/**
 * The write and edit form. On a failed save it comes back with the user's text as typed, a message per field
 * and, when the whole form was refused (an expired token, a post deleted meanwhile), a notice at the top.
 */
public record FormPage(String heading, String action, String submitLabel, PostDraft draft,
                       FieldErrors errors, String notice, String cancelPath, String csrf)
        implements PageModel {

    static FormPage create(PostDraft draft, String csrf) {
        return new FormPage("Write a post", Routes.POSTS, "Publish", draft, FieldErrors.none(), null, Routes.HOME, csrf);
    }

    /** Cancel goes to the post by its id, which redirects to its current address: no query needed here. */
    static FormPage edit(long id, PostDraft draft, String csrf) {
        return new FormPage("Edit post", Routes.edit(id), "Save changes", draft, FieldErrors.none(), null,
                Routes.postById(id), csrf);
    }

    FormPage withNotice(String message) {
        return new FormPage(heading, action, submitLabel, draft, errors, message, cancelPath, csrf);
    }

    FormPage withErrors(Map<String, String> fieldErrors) {
        return new FormPage(heading, action, submitLabel, draft, new FieldErrors(fieldErrors), notice, cancelPath,
                csrf);
    }

    public int maxTitle() {
        return PostValidator.MAX_TITLE;
    }

    public int maxAuthor() {
        return PostValidator.MAX_AUTHOR;
    }

    public int maxContent() {
        return PostValidator.MAX_CONTENT;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage(heading, action.equals(Routes.POSTS) ? Routes.WRITE : action);
    }
}
