package inkwell.publish;

import inkwell.publish.target.PublishCredentials;
import inkwell.publish.target.PublishFailure;
import inkwell.site.CurrentSite;
import inkwell.site.PublicAddress;
import inkwell.storage.StorageFailure;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Publish page: choose where to publish, give the access it needs, publish now and watch it go. Every form
 * is CSRF-checked; a refused one comes back as typed (secrets excepted: a token is never sent back to the
 * browser) with the reason beside the field.
 */
public final class PublishPages {
    private static final String PAGE = "publish/publish.jte";
    static final String EXPIRED = "Your session expired (or Inkwell was restarted), so this was not done yet. "
            + "Press the button again.";
    private static final Map<String, String> SAVED = Map.of(
            "where", "Saved. Publish now to put the blog there.",
            "access", "Access saved. It is kept in the data folder, readable by you only, and never exported.",
            "forgotten", "The saved access was removed from this computer.");

    private final Publisher publisher;
    private final CurrentSite site;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public PublishPages(Publisher publisher, CurrentSite site, Templates templates, Csrf csrf) {
        this.publisher = publisher;
        this.site = site;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void show(HttpServerExchange exchange) {
        String saved = SAVED.get(Optional.ofNullable(Query.first(exchange, "saved")).orElse(""));
        templates.send(exchange, 200, PAGE, page(exchange, PublishForm.of(publisher.settings()), saved));
    }

    /** Saves where to publish and whether every save publishes. */
    public void saveWhere(HttpServerExchange exchange) {
        Form submitted = forms.read(exchange);
        PublishForm form = PublishForm.of(submitted);
        PublishPage page = page(exchange, form, null);
        if (!csrf.accepts(exchange, submitted.get(Csrf.FIELD))) {
            templates.send(exchange, 403, PAGE, page.withNotice(EXPIRED));
            return;
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            templates.send(exchange, 422, PAGE, page.withErrors(errors));
            return;
        }
        try {
            publisher.saveSettings(form.settings());
        } catch (StorageFailure e) {
            templates.send(exchange, 503, PAGE, page.withNotice("This was not saved: " + e.getMessage() + "."));
            return;
        }
        Redirects.seeOther(exchange, Routes.PUBLISH + "?saved=where");
    }

    /** Saves, generates or forgets the HTTPS token and the SSH key. */
    public void saveAccess(HttpServerExchange exchange) {
        Form submitted = forms.read(exchange);
        PublishPage page = page(exchange, PublishForm.of(publisher.settings()), null);
        if (!csrf.accepts(exchange, submitted.get(Csrf.FIELD))) {
            templates.send(exchange, 403, PAGE, page.withNotice(EXPIRED));
            return;
        }
        String action = submitted.get("action");
        try {
            PublishCredentials saved = publisher.credentials().load();
            PublishCredentials changed = switch (action) {
                case "https" -> https(submitted, saved);
                case "ssh-key" -> saved.withSshKey(pastedKey(submitted));
                case "ssh-generate" -> saved.withGeneratedSshKey();
                case "forget" -> PublishCredentials.none();
                default -> null;
            };
            if (changed == null) {
                templates.send(exchange, 400, PAGE, page.withNotice("That button is not one this page knows."));
                return;
            }
            publisher.credentials().save(changed);
        } catch (PublishFailure e) {
            String field = action.equals("https") ? "https_token" : "ssh_key";
            templates.send(exchange, 422, PAGE, page.withErrors(Map.of(field, e.getMessage())));
            return;
        }
        Redirects.seeOther(exchange, Routes.PUBLISH + "?saved=" + (action.equals("forget") ? "forgotten" : "access"));
    }

    public void publishNow(HttpServerExchange exchange) {
        Form submitted = forms.read(exchange);
        if (!csrf.accepts(exchange, submitted.get(Csrf.FIELD))) {
            PublishPage page = page(exchange, PublishForm.of(publisher.settings()), null);
            templates.send(exchange, 403, PAGE, page.withNotice(EXPIRED));
            return;
        }
        publisher.publish(PublishRequest.of(publisher.settings()));
        Redirects.seeOther(exchange, Routes.PUBLISH + "#progress");
    }

    /** The progress part of the page alone, for the page's script to show a running publish as it goes. */
    public void status(HttpServerExchange exchange) {
        // Asked every 0.7 s while a publish runs: only what the progress part shows, not the settings or the
        // saved access (reading those means the database and parsing a key).
        Optional<PublishJob> job = publisher.currentJob();
        PublishPage page = new PublishPage(PublishForm.of(PublishSettings.none()), FieldErrors.none(), null, null, "",
                Optional.empty(), Optional.empty(), job.map(PublishJob::running).orElse(false),
                job.map(j -> j.linesFrom(0)).orElse(List.of()), publisher.lastOutcome(), "");
        byte[] html = templates.render(exchange, "publish/progress.jte", page);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(html));
    }

    private static String pastedKey(Form submitted) throws PublishFailure {
        String key = submitted.get("ssh_key");
        if (key.isBlank()) {
            throw new PublishFailure("Please paste a private key, or generate one.");
        }
        if (key.length() > 16_384) {
            throw new PublishFailure("That is too long to be an SSH private key (16 KB at most).");
        }
        return key;
    }

    private static PublishCredentials https(Form submitted, PublishCredentials saved) throws PublishFailure {
        String token = submitted.get("https_token").strip();
        if (token.isEmpty()) {
            if (!saved.hasHttps()) {
                throw new PublishFailure("Please enter the token (or password) for HTTPS.");
            }
            // An empty token field keeps the saved token: it is never shown again, so it cannot be re-typed.
            return saved.withHttpsUser(submitted.get("https_user"));
        }
        if (token.length() > 1000) {
            throw new PublishFailure("That token is too long to be one (1,000 characters at most).");
        }
        return saved.withHttps(submitted.get("https_user"), token);
    }

    private PublishPage page(HttpServerExchange exchange, PublishForm form, String saved) {
        String access;
        Optional<String> publicKey;
        try {
            PublishCredentials credentials = publisher.credentials().load();
            access = credentials.masked();
            publicKey = credentials.sshPublicKey();
        } catch (PublishFailure e) {
            access = e.getMessage();
            publicKey = Optional.empty();
        }
        Optional<PublishJob> job = publisher.currentJob();
        boolean running = job.map(PublishJob::running).orElse(false);
        List<String> progress = job.map(j -> j.linesFrom(0)).orElse(List.of());
        return new PublishPage(form, FieldErrors.none(), null, saved, access, publicKey,
                site.settings().publicAddress().map(PublicAddress::base), running, progress,
                publisher.lastOutcome(), csrf.token(exchange));
    }
}
