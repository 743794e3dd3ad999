package inkwell.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * Headers that limit the damage of anything that slips through: no inline script (CSP), no framing, no MIME
 * sniffing, no referrer leaking post URLs to other sites.
 */
public final class SecurityHeaders implements HttpHandler {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // Posts may show images from the web; the app's own look uses none of them.
            "img-src 'self' https: http:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final HttpHandler next;

    public SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(new HttpString("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        headers.put(new HttpString("X-Frame-Options"), "DENY");
        headers.put(new HttpString("Referrer-Policy"), "same-origin");
        headers.put(new HttpString("Cross-Origin-Opener-Policy"), "same-origin");
        headers.put(new HttpString("Cross-Origin-Resource-Policy"), "same-origin");
        next.handleRequest(exchange);
    }
}
