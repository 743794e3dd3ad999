package inkwell.web.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/** Redirects with a relative Location (works behind any host name the Host check allowed). */
public final class Redirects {
    private Redirects() {
    }

    /** After a successful POST: the browser GETs the result, and a reload does not post again. */
    public static void seeOther(HttpServerExchange exchange, String location) {
        send(exchange, StatusCodes.SEE_OTHER, location);
    }

    /** To a page's one true address (canonical post URL, no trailing slash). */
    public static void permanent(HttpServerExchange exchange, String location) {
        send(exchange, StatusCodes.MOVED_PERMANENTLY, location);
    }

    /** To the nearest valid page of a list; not permanent, because the list changes. */
    public static void found(HttpServerExchange exchange, String location) {
        send(exchange, StatusCodes.FOUND, location);
    }

    private static void send(HttpServerExchange exchange, int status, String location) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.LOCATION, location);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
        exchange.endExchange();
    }
}
