package inkwell.site;

import inkwell.markdown.MarkdownTooComplex;
import inkwell.storage.StorageFailure;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings page (the owner edits the blog's settings) and the About page (readers read the About text).
 * A refused save re-shows the form as typed with the reason beside each wrong field.
 */
public final class SitePages {
    private static final Logger LOG = LoggerFactory.getLogger(SitePages.class);
    private static final String FORM = "site/settings.jte";
    static final String EXPIRED = "Your session expired (or Inkwell was restarted), so the settings were not "
            + "saved yet. Everything you typed is still here: press Save again.";

    private final SiteSettingsService service;
    private final CurrentSite current;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public SitePages(SiteSettingsService service, CurrentSite current, Templates templates, Csrf csrf) {
        this.service = service;
        this.current = current;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void settingsForm(HttpServerExchange exchange) {
        SettingsPage page = SettingsPage.of(SettingsForm.of(service.settings()), csrf.token(exchange));
        templates.send(exchange, 200, FORM, Query.first(exchange, "saved") != null ? page.withSavedNotice() : page);
    }

    public void saveSettings(HttpServerExchange exchange) {
        Form submitted = forms.read(exchange);
        SettingsForm form = SettingsForm.of(submitted);
        SettingsPage page = SettingsPage.of(form, csrf.token(exchange));
        if (!csrf.accepts(exchange, submitted.get(Csrf.FIELD))) {
            templates.send(exchange, 403, FORM, page.withNotice(EXPIRED));
            return;
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            templates.send(exchange, 422, FORM, page.withErrors(errors));
            return;
        }
        try {
            service.save(form.settings());
        } catch (MarkdownTooComplex e) {
            templates.send(exchange, 422, FORM, page.withErrors(Map.of("about", e.getMessage())));
            return;
        } catch (StorageFailure e) {
            LOG.error("Could not save the site settings", e);
            templates.send(exchange, 503, FORM, page.withNotice("The settings were not saved: " + e.getMessage()
                    + ". Everything you typed is still here."));
            return;
        }
        Redirects.seeOther(exchange, Routes.SETTINGS + "?saved=1");
    }

    public void about(HttpServerExchange exchange) {
        if (!current.hasAbout()) {
            throw HttpError.notFound("This blog has no About page yet.");
        }
        templates.send(exchange, 200, "site/about.jte", AboutPage.of(current));
    }
}
