package inkwell.posts;

import inkwell.markdown.MarkdownTooComplex;
import inkwell.site.CurrentSite;
import inkwell.storage.StorageFailure;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.view.Viewer;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's flows: write, edit and delete. Every write reads its post id from the URL only, checks the CSRF
 * token, and on any failure re-shows the form with the text kept and the reason beside it.
 */
public final class WritingPages {
    private static final Logger LOG = LoggerFactory.getLogger(WritingPages.class);
    private static final String FORM = "posts/form.jte";

    private final Posts posts;
    private final Templates templates;
    private final Csrf csrf;
    private final CurrentSite site;
    private final FormReader forms = new FormReader();
    private final EditorAutosave autosave;

    public WritingPages(Posts posts, Revisions revisions, Templates templates, Csrf csrf, CurrentSite site) {
        this.autosave = new EditorAutosave(revisions);
        this.site = site;
        this.posts = posts;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void newForm(HttpServerExchange exchange) {
        // The owner's default author from the settings first; else the name this browser last used; else the
        // name on the newest post.
        String configured = site.settings().author();
        String author = !configured.isEmpty() ? configured : AuthorCookie.read(exchange).orElseGet(posts::lastAuthor);
        sendForm(exchange, 200, FormPage.create(new PostDraft("", author, ""), csrf.token(exchange)));
    }

    public void create(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        PostDraft draft = draftFrom(form);
        String key = AutosaveForm.validKey(form.get(EditorAutosave.KEY_FIELD)).orElse(null);
        FormPage page = FormPage.create(draft, csrf.token(exchange)).autosaving(AutosaveForm.forNew(key));
        if (refused(exchange, form, page)) {
            return;
        }
        Post post;
        try {
            post = posts.create(draft, key);
        } catch (StorageFailure | MarkdownTooComplex e) {
            refuseSave(exchange, page, e);
            return;
        }
        AuthorCookie.write(exchange, draft.author());
        Redirects.seeOther(exchange, Routes.post(post.id(), post.slug()));
    }

    public void editForm(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        PostRepository.StoredPost stored = posts.findWithBody(id).orElseThrow(ReadingPages::noSuchPost);
        Post post = stored.post();
        PostDraft draft = posts.editable(post, stored.body().markdown());
        sendForm(exchange, 200, autosave.edit(FormPage.edit(id, post.status(), draft, csrf.token(exchange)), post,
                Query.first(exchange, EditorAutosave.RESTORE_PARAMETER)));
    }

    public void update(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        Form form = forms.read(exchange);
        PostDraft draft = draftFrom(form);
        PostStatus stored = posts.find(id).map(Post::status).orElse(PostStatus.DRAFT);
        FormPage page = autosave.resent(FormPage.edit(id, stored, draft, csrf.token(exchange)), id);
        if (refused(exchange, form, page)) {
            return;
        }
        Optional<Post> updated;
        try {
            updated = posts.update(id, draft);
        } catch (StorageFailure | MarkdownTooComplex e) {
            refuseSave(exchange, page, e);
            return;
        }
        if (updated.isEmpty()) {
            // Deleted in another tab meanwhile: offer to save the text as a new post rather than lose it.
            sendForm(exchange, 404, FormPage.create(draft, csrf.token(exchange))
                    .withNotice(FormNotices.DELETED_MEANWHILE));
            return;
        }
        AuthorCookie.write(exchange, draft.author());
        Redirects.seeOther(exchange, Routes.post(id, updated.get().slug()));
    }

    /** The writer's drafts and scheduled posts. */
    public void drafts(HttpServerExchange exchange) {
        templates.send(exchange, 200, "posts/drafts.jte", DraftsPage.of(posts.unpublished()));
    }

    public void deleteConfirm(HttpServerExchange exchange) {
        Post post = posts.find(PostIds.from(exchange)).orElseThrow(ReadingPages::noSuchPost);
        PostCard card = PostCard.of(post, PostCard.viewsLabel(posts.views(post)));
        templates.send(exchange, 200, "posts/delete.jte", new DeletePage(card, csrf.token(exchange)));
    }

    public void delete(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            throw HttpError.forbidden("This delete request did not carry a valid security token, so nothing was "
                    + "deleted. Open the post again and use its Delete button.");
        }
        try {
            if (!posts.delete(id)) {
                throw ReadingPages.noSuchPost();
            }
        } catch (StorageFailure e) {
            LOG.error("Could not delete post {}", id, e);
            throw new HttpError(503, "The post was not deleted: " + e.getMessage() + ".");
        }
        Redirects.seeOther(exchange, Routes.POSTS);
    }

    /**
     * Re-shows the form, text kept, when this browser is not the owner's or the token is not valid (403), or a field
     * is not (422); true when it did.
     */
    private boolean refused(HttpServerExchange exchange, Form form, FormPage page) {
        if (!Viewer.isOwner(exchange)) {
            sendForm(exchange, 403, page.withNotice(FormNotices.NOT_OWNER));
            return true;
        }
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            sendForm(exchange, 403, page.withNotice(FormNotices.EXPIRED));
            return true;
        }
        Map<String, String> errors = posts.problems(page.draft());
        if (!errors.isEmpty()) {
            sendForm(exchange, 422, page.withErrors(errors));
            return true;
        }
        return false;
    }

    /**
     * A text past the render budget comes back with the reason beside it (422); a save the database refused, with
     * the reason on top (503). Either way the text is kept.
     */
    private void refuseSave(HttpServerExchange exchange, FormPage page, RuntimeException failure) {
        if (failure instanceof MarkdownTooComplex) {
            sendForm(exchange, 422, page.withErrors(Map.of("content", failure.getMessage())));
            return;
        }
        LOG.error("Could not save {}", page.action(), failure);
        sendForm(exchange, 503, page.withNotice(FormNotices.notSaved(failure.getMessage())));
    }

    /** Every form comes with the tags in use, for the tags field to suggest. */
    private void sendForm(HttpServerExchange exchange, int status, FormPage page) {
        templates.send(exchange, status, FORM, page.suggesting(posts.allTags()));
    }

    static PostDraft draftFrom(Form form) {
        return PostDraft.of(form.get("title"), form.get("name"), form.get("content"), form.get("status"),
                form.get("publish_at"), form.get("tags"));
    }
}
