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

    // Made once: a header name built per request (its hash, its bytes) cost a measurable part of a kept page's time.
    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString OPENER_POLICY = new HttpString("Cross-Origin-Opener-Policy");
    private static final HttpString RESOURCE_POLICY = new HttpString("Cross-Origin-Resource-Policy");

    private final HttpHandler next;

    public SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(CSP, CONTENT_SECURITY_POLICY);
        headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(FRAME_OPTIONS, "DENY");
        headers.put(REFERRER_POLICY, "same-origin");
        headers.put(OPENER_POLICY, "same-origin");
        headers.put(RESOURCE_POLICY, "same-origin");
        next.handleRequest(exchange);
    }
}
