package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;
import java.util.Map;

/**
 * The write and edit form. On a failed save it comes back with the user's text as typed, a message per field
 * and, when the whole form was refused (an expired token, a post deleted meanwhile), a notice at the top.
 */
public record FormPage(String heading, String action, PostStatus stored, PostDraft draft,
                       FieldErrors errors, String notice, String cancelPath, String csrf, List<Tag> suggestions,
                       AutosaveForm autosave)
        implements PageModel {

    static FormPage create(PostDraft draft, String csrf) {
        return new FormPage("Write a post", Routes.POSTS, PostStatus.DRAFT, draft, FieldErrors.none(), null,
                Routes.HOME, csrf, List.of(), AutosaveForm.forNew(null));
    }

    /**
     * {@code stored} is the post's status as saved, which decides the buttons. Cancel goes to the post by its id,
     * which redirects to its current address: no query needed here.
     */
    static FormPage edit(long id, PostStatus stored, PostDraft draft, String csrf) {
        return new FormPage("Edit post", Routes.edit(id), stored, draft, FieldErrors.none(), null,
                Routes.postById(id), csrf, List.of(), AutosaveForm.forPost(id, null));
    }

    FormPage withNotice(String message) {
        return new FormPage(heading, action, stored, draft, errors, message, cancelPath, csrf, suggestions,
                autosave);
    }

    FormPage withErrors(Map<String, String> fieldErrors) {
        return new FormPage(heading, action, stored, draft, new FieldErrors(fieldErrors), notice, cancelPath, csrf,
                suggestions, autosave);
    }

    /** The tags in use, which the tags field suggests. */
    FormPage suggesting(List<Tag> tags) {
        return new FormPage(heading, action, stored, draft, errors, notice, cancelPath, csrf, tags, autosave);
    }

    /** Autosave's part of the form (see {@link AutosaveForm}). */
    FormPage autosaving(AutosaveForm form) {
        return new FormPage(heading, action, stored, draft, errors, notice, cancelPath, csrf, suggestions, form);
    }

    /** A button that saves the form with a status: its words say what it does; the first is the default. */
    public record Action(String label, String status, boolean primary) {
    }

    /** The buttons, by what the post is now: a published post is saved or unpublished, a draft published … */
    public List<Action> actions() {
        return switch (stored) {
            case PUBLISHED -> List.of(new Action("Save changes", "published", true),
                    new Action("Unpublish (back to draft)", "draft", false));
            case SCHEDULED -> List.of(new Action("Save schedule", "scheduled", true),
                    new Action("Publish now", "published", false), new Action("Save as draft", "draft", false));
            case DRAFT -> List.of(new Action("Publish", "published", true), new Action("Save draft", "draft", false),
                    new Action("Schedule", "scheduled", false));
        };
    }

    /** Scheduling is offered to what is not public yet; a published post has its date. */
    public boolean offersSchedule() {
        return stored != PostStatus.PUBLISHED;
    }

    public int maxTitle() {
        return PostValidator.MAX_TITLE;
    }

    public int maxAuthor() {
        return PostValidator.MAX_AUTHOR;
    }

    public int maxTags() {
        return TagNames.MAX_TAGS;
    }

    public int maxTag() {
        return TagNames.MAX_LENGTH;
    }

    public int maxContent() {
        return PostValidator.MAX_CONTENT;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage(heading, action.equals(Routes.POSTS) ? Routes.WRITE : action);
    }
}
