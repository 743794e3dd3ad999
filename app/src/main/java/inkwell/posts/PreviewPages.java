package inkwell.posts;

import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import java.util.Map;

/**
 * {@code POST /preview}: the editor's text rendered as it will be published. The editor's script asks for the
 * rendered part alone ({@value #FRAGMENT} in the form) while the writer types; without script, the form's
 * Preview button posts the whole form here and gets it back, every field kept, with the preview beside it.
 * Nothing is saved either way.
 */
public final class PreviewPages {
    /** The form field the script adds: answer with the rendered part only. */
    static final String FRAGMENT = "_fragment";
    static final String EXPIRED = "The preview needs a fresh security token: reload the page (your text is kept "
            + "in the form until you leave it).";

    private final Posts posts;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public PreviewPages(Posts posts, Templates templates, Csrf csrf) {
        this.posts = posts;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void preview(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        boolean fragment = "1".equals(form.get(FRAGMENT));
        boolean trusted = csrf.accepts(exchange, form.get(Csrf.FIELD));
        // Read as a save reads it (line ends and control characters cleaned), so it renders as the save will.
        PostDraft draft = PostDraft.of(form.get("title"), form.get("name"), form.get("content"), form.get("status"),
                form.get("publish_at"), form.get("tags"));
        if (fragment) {
            Preview preview = trusted ? posts.preview(draft.content()) : Preview.refused(EXPIRED);
            int status = !trusted ? 403 : preview.problem() == null ? 200 : 422;
            templates.send(exchange, status, "posts/preview.jte", preview);
            return;
        }
        FormPage page = formFor(form.get("_post"), draft, csrf.token(exchange))
                .autosavingUnlessEditing(form.get("autosave_key"));
        if (!trusted) {
            templates.send(exchange, 403, "posts/form.jte", page.withNotice(FormNotices.EXPIRED)
                    .suggesting(posts.allTags()));
            return;
        }
        Preview preview = posts.preview(draft.content());
        FormPage shown = page.previewing(preview.embedded()).suggesting(posts.allTags());
        if (preview.problem() != null) {
            templates.send(exchange, 422, "posts/form.jte", shown.withErrors(Map.of("content", preview.problem())));
            return;
        }
        templates.send(exchange, 200, "posts/form.jte", shown);
    }

    /** The form the preview was asked from: a post's edit form (when it still exists), or the write form. */
    private FormPage formFor(String postId, PostDraft draft, String token) {
        if (postId != null && postId.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(postId);
            var stored = posts.find(id);
            if (stored.isPresent()) {
                return FormPage.edit(id, stored.get().status(), draft, token);
            }
        }
        return FormPage.create(draft, token);
    }
}
