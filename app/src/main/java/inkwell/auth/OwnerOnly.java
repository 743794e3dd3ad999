package inkwell.auth;

import inkwell.web.http.HttpError;
import inkwell.web.http.Redirects;
import inkwell.web.view.Viewer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Wraps a route only the owner may use. A visitor asking for such a page is sent to the sign-in page (which
 * comes back to the page afterwards); a visitor's POST is refused with 403 before its body is looked at.
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    public static HttpHandler route(HttpHandler handler) {
        return exchange -> {
            if (Viewer.isOwner(exchange)) {
                handler.handleRequest(exchange);
                return;
            }
            if (exchange.getRequestMethod().equals(Methods.GET) || exchange.getRequestMethod().equals(Methods.HEAD)) {
                Redirects.seeOther(exchange, signInFor(exchange));
                return;
            }
            throw HttpError.forbidden(REFUSED);
        };
    }

    static final String REFUSED = "Only this blog's owner can do this, and this browser is not signed in as the "
            + "owner. Open the blog from Inkwell on its computer (its menu entry or tray icon), or sign in with "
            + "the owner password.";

    /** The sign-in page, coming back to the page that was asked for. */
    static String signInFor(HttpServerExchange exchange) {
        String path = exchange.getRequestURI();
        String query = exchange.getQueryString();
        String back = query.isEmpty() ? path : path + "?" + query;
        return SignInPages.SIGN_IN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
