package inkwell.posts;

import inkwell.web.http.Routes;
import java.util.Optional;

/**
 * Autosave's part of the edit form: the unsaved text to offer (restore or discard), or that text put in the
 * form when the writer chose Restore (a plain link, so it works without script too).
 */
final class EditorAutosave {
    static final String KEY_FIELD = "autosave_key";
    static final String RESTORE_PARAMETER = "restore";

    private final Revisions revisions;

    EditorAutosave(Revisions revisions) {
        this.revisions = revisions;
    }

    /** The edit form as first shown: with the unsaved text offered, or restored when {@code restore} names it. */
    FormPage edit(FormPage page, Post post, String restore) {
        AutosaveForm form = AutosaveForm.forPost(post.id(), revisions.newestSave(post.id()).orElse(post.updatedAt()));
        Optional<Revision> restoring = revisionId(restore).flatMap(id -> revisions.revision(post.id(), id));
        if (restoring.isPresent()) {
            PostDraft text = restoring.get().text().draft(page.draft().status());
            PostDraft draft = text.publishAt().isBlank() ? new PostDraft(text.title(), text.author(), text.content(),
                    text.status(), page.draft().publishAt(), text.tags()) : text;
            return FormPage.edit(post.id(), post.status(), draft, page.csrf())
                    .autosaving(form.restoredFrom(restoring.get().savedAt()));
        }
        return page.autosaving(revisions.unsaved(post.id(), page.draft())
                .map(unsaved -> form.offering(new AutosaveForm.Offer(unsaved.id(), unsaved.savedAt(),
                        Routes.discardUnsaved(post.id()))))
                .orElse(form));
    }

    /** The edit form shown again after a refused save: the text as sent, no offer (it is what was typed). */
    FormPage resent(FormPage page, long id) {
        return page.autosaving(AutosaveForm.forPost(id, revisions.newestSave(id).orElse(null)));
    }

    private static Optional<Long> revisionId(String parameter) {
        return Optional.ofNullable(parameter).filter(text -> text.matches("[0-9]{1,18}")).map(Long::parseLong);
    }
}
