package inkwell.posts;

import inkwell.markdown.MarkdownTooComplex;
import inkwell.storage.StorageFailure;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post's history (list, compare, restore) and the editor's autosave. Every POST checks the CSRF token; ids come
 * from the URL only, and a revision of another post is as unknown as one that never was (404). Autosave answers
 * in JSON for the editor's script; its refusals are the usual error pages with their status, which the script
 * turns into its status line.
 */
public final class RevisionPages {
    private static final Logger LOG = LoggerFactory.getLogger(RevisionPages.class);
    private static final String RESTORED = "restored";

    private final Posts posts;
    private final Revisions revisions;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public RevisionPages(Posts posts, Revisions revisions, Templates templates, Csrf csrf) {
        this.posts = posts;
        this.revisions = revisions;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void history(HttpServerExchange exchange) {
        Post post = post(exchange);
        String notice = Query.first(exchange, RESTORED) == null ? null
                : "Restored. The post's text is now that revision's, kept as the newest revision below.";
        templates.send(exchange, 200, "posts/revisions.jte",
                RevisionsPage.of(post, revisions.history(post.id()), notice, csrf.token(exchange)));
    }

    public void compare(HttpServerExchange exchange) {
        Post post = post(exchange);
        Revision from = revision(post, Query.first(exchange, "from"));
        Revision to = revision(post, Query.first(exchange, "to"));
        templates.send(exchange, 200, "posts/compare.jte", ComparePage.of(post, from, to, csrf.token(exchange)));
    }

    /** Restores a revision as the post's text, or opens the editor with it when it is not ready to be saved. */
    public void restore(HttpServerExchange exchange) {
        Post post = post(exchange);
        Revision revision = revision(post, Router.parameter(exchange, "revision"));
        requireToken(exchange, "Nothing was restored");
        Optional<Post> restored;
        try {
            restored = revisions.restore(post, revision);
        } catch (MarkdownTooComplex e) {
            restored = Optional.empty();
        } catch (StorageFailure e) {
            LOG.error("Could not restore revision {} of post {}", revision.id(), post.id(), e);
            throw new HttpError(503, "Nothing was restored: " + e.getMessage() + ".");
        }
        Redirects.seeOther(exchange, restored.isPresent() ? Routes.revisions(post.id()) + "?" + RESTORED + "=1"
                : Routes.edit(post.id()) + "?" + EditorAutosave.RESTORE_PARAMETER + "=" + revision.id());
    }

    /** The editor's Discard: the unsaved text stays in the history, no longer offered. */
    public void discardUnsaved(HttpServerExchange exchange) {
        Post post = post(exchange);
        requireToken(exchange, "Nothing was discarded");
        try {
            revisions.discardUnsaved(post.id());
        } catch (StorageFailure e) {
            throw new HttpError(503, "Nothing was discarded: " + e.getMessage() + ".");
        }
        Redirects.seeOther(exchange, Routes.edit(post.id()));
    }

    /** A new post's autosave: the first makes its draft, and the answer tells the editor where it now lives. */
    public void autosaveNew(HttpServerExchange exchange) {
        Form form = autosaveForm(exchange);
        String key = AutosaveForm.validKey(form.get(EditorAutosave.KEY_FIELD)).orElseThrow(() ->
                HttpError.badRequest("Not autosaved: the form carries no autosave key. Reload the page."));
        PostDraft draft = WritingPages.draftFrom(form);
        answer(exchange, () -> Optional.of(revisions.autosaveNew(key, draft)));
    }

    /** An existing post's autosave: a revision only, whatever the post's status. */
    public void autosave(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        Form form = autosaveForm(exchange);
        answer(exchange, () -> revisions.autosave(id, WritingPages.draftFrom(form)));
    }

    private Form autosaveForm(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            throw HttpError.forbidden("Not autosaved: this page's security token is not valid any more. Reload "
                    + "the page; your text is kept in this browser.");
        }
        return form;
    }

    private interface Save {
        Optional<RevisionRepository.Autosaved> run();
    }

    private void answer(HttpServerExchange exchange, Save save) {
        Optional<RevisionRepository.Autosaved> saved;
        try {
            saved = save.run();
        } catch (Revisions.TooManyAutosaves e) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, e.retryAfter());
            throw e;
        } catch (StorageFailure e) {
            LOG.error("Could not autosave", e);
            throw new HttpError(503, "Not autosaved: " + e.getMessage() + ".");
        }
        RevisionRepository.Autosaved done = saved.orElseThrow(() -> HttpError.notFound(
                "Not autosaved: this post was deleted meanwhile. Copy your text, or save it as a new post."));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(AutosaveAnswer.json(done));
    }

    private void requireToken(HttpServerExchange exchange, String what) {
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            throw HttpError.forbidden(what + ": the request did not carry a valid security token. Open the "
                    + "page again and use its button.");
        }
    }

    private Post post(HttpServerExchange exchange) {
        return posts.find(PostIds.from(exchange)).orElseThrow(ReadingPages::noSuchPost);
    }

    private Revision revision(Post post, String idText) {
        if (idText == null || !idText.matches("[0-9]{1,18}")) {
            throw HttpError.notFound("There is no such revision of this post.");
        }
        return revisions.revision(post.id(), Long.parseLong(idText))
                .orElseThrow(() -> HttpError.notFound("There is no such revision of this post."));
    }
}
