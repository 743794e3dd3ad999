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
                       AutosaveForm autosave, Preview preview) implements PageModel {

    static FormPage create(PostDraft draft, String csrf) {
        return new FormPage("Write a post", Routes.POSTS, PostStatus.DRAFT, draft, FieldErrors.none(), null,
                Routes.HOME, csrf, List.of(), AutosaveForm.forNew(null), null);
    }

    /**
     * {@code stored} is the post's status as saved, which decides the buttons. Cancel goes to the post by its id,
     * which redirects to its current address: no query needed here.
     */
    static FormPage edit(long id, PostStatus stored, PostDraft draft, String csrf) {
        return new FormPage("Edit post", Routes.edit(id), stored, draft, FieldErrors.none(), null,
                Routes.postById(id), csrf, List.of(), AutosaveForm.forPost(id, null), null);
    }

    FormPage withNotice(String message) {
        return new FormPage(heading, action, stored, draft, errors, message, cancelPath, csrf, suggestions,
                autosave, preview);
    }

    FormPage withErrors(Map<String, String> fieldErrors) {
        return new FormPage(heading, action, stored, draft, new FieldErrors(fieldErrors), notice, cancelPath, csrf,
                suggestions, autosave, preview);
    }

    /** The tags in use, which the tags field suggests. */
    FormPage suggesting(List<Tag> tags) {
        return new FormPage(heading, action, stored, draft, errors, notice, cancelPath, csrf, tags, autosave,
                preview);
    }

    /** Autosave's part of the form (see {@link AutosaveForm}). */
    FormPage autosaving(AutosaveForm form) {
        return new FormPage(heading, action, stored, draft, errors, notice, cancelPath, csrf, suggestions, form,
                preview);
    }

    /** A new post's form keeps the autosave key it was sent with, so a preview never makes a second draft. */
    FormPage autosavingUnlessEditing(String submittedKey) {
        return autosave.postId() == null ? autosaving(AutosaveForm.forNew(submittedKey)) : this;
    }

    /** The form with its text rendered beside it (the Preview button, without script). */
    FormPage previewing(Preview shown) {
        return new FormPage(heading, action, stored, draft, errors, notice, cancelPath, csrf, suggestions, autosave,
                shown);
    }

    /** The post's number when editing one, for a preview to come back to the same form; empty for a new post. */
    public String postId() {
        return action.equals(Routes.POSTS) ? "" : action.replaceAll("^/posts/(\\d+)/edit$", "$1");
    }

    /** The editor's Ctrl+S saves and keeps the status the post has (a draft stays a draft). */
    public String saveStatus() {
        return stored.value();
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
