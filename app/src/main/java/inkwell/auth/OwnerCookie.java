package inkwell.auth;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;

/**
 * The owner session's cookie: HttpOnly (no script reads it), SameSite=Lax (a link from elsewhere still opens the
 * owner's view, but no other site's form or script sends it), Secure when the blog is served over HTTPS, and kept
 * by the browser as long as an unused session lives.
 */
final class OwnerCookie {
    static final String NAME = "inkwell_owner";

    private OwnerCookie() {
    }

    static String value(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static void set(HttpServerExchange exchange, String value) {
        exchange.setResponseCookie(base(exchange, value)
                .setMaxAge((int) OwnerSessions.IDLE_LIMIT.toSeconds()));
    }

    static void clear(HttpServerExchange exchange) {
        exchange.setResponseCookie(base(exchange, "").setMaxAge(0));
    }

    private static Cookie base(HttpServerExchange exchange, String value) {
        return new CookieImpl(NAME, value).setPath("/").setHttpOnly(true).setSameSiteMode("Lax")
                .setSecure("https".equalsIgnoreCase(exchange.getRequestScheme()));
    }
}
