package inkwell.site;

import inkwell.desktop.LoginItem;
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
import java.io.IOException;
import java.util.List;
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
    private final LoginItem loginItem;
    private final List<String> launchCommand;

    public SitePages(SiteSettingsService service, CurrentSite current, Templates templates, Csrf csrf,
                     LoginItem loginItem, List<String> launchCommand) {
        this.loginItem = loginItem;
        this.launchCommand = launchCommand;
        this.service = service;
        this.current = current;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void settingsForm(HttpServerExchange exchange) {
        SettingsPage page = SettingsPage.of(SettingsForm.of(service.settings(), loginItem.enabled()), csrf.token(exchange));
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
            applyStartAtLogin(form.startAtLogin());
        } catch (IOException e) {
            LOG.warn("Could not change the login entry {}: {}", loginItem.where(), e.getMessage());
            templates.send(exchange, 503, FORM, page.withErrors(Map.of("start_at_login",
                    "This computer's login entry could not be changed (" + loginItem.where() + "): " + e.getMessage()
                            + ". Nothing was saved; everything you typed is still here.")));
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

    /** Writes or removes the login entry when the form showed the box and it says otherwise than the entry. */
    private void applyStartAtLogin(SettingsForm.StartAtLogin startAtLogin) throws IOException {
        if (!startAtLogin.shown() || startAtLogin.wanted() == loginItem.enabled()) {
            return;
        }
        if (startAtLogin.wanted()) {
            loginItem.enable(launchCommand);
            LOG.info("Inkwell starts at login now: {}", loginItem.where());
        } else {
            loginItem.disable();
            LOG.info("Inkwell no longer starts at login");
        }
    }

    public void about(HttpServerExchange exchange) {
        if (!current.hasAbout()) {
            throw HttpError.notFound("This blog has no About page yet.");
        }
        templates.send(exchange, 200, "site/about.jte", AboutPage.of(current));
    }
}
