package inkwell.desktop;

import inkwell.web.security.Csrf;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * The app's own pages: {@code /health} for a second launch to find this one, and "Stop Inkwell" (a confirm page
 * and a CSRF-checked POST) so the blog can be stopped where the desktop shows no tray icon.
 */
public final class SystemHandlers {
    private final AppControl control;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public SystemHandlers(AppControl control, Templates templates, Csrf csrf) {
        this.control = control;
        this.templates = templates;
        this.csrf = csrf;
    }

    public void health(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send("Inkwell ok " + control.instanceId() + "\n");
    }

    public void stopConfirm(HttpServerExchange exchange) {
        templates.send(exchange, 200, "desktop/stop.jte", new StopPage(false, csrf.token(exchange)));
    }

    public void stop(HttpServerExchange exchange) {
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            throw HttpError.forbidden("This stop request did not carry a valid security token, so Inkwell keeps "
                    + "running. Use the Stop button on the blog's own Stop page.");
        }
        templates.send(exchange, 200, "desktop/stop.jte", new StopPage(true, ""));
        // Only a request: the launcher's main thread does the shutdown, which lets this answer finish first.
        control.stop().run();
    }
}
