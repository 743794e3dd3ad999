package inkwell.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * Answers a request that declares a body over the limit at once, on the IO thread, with the 413 page: before
 * any worker thread waits on it, and before the client finishes (or stalls in) sending it. A body of up to a
 * few MiB is then read and dropped by Undertow as it arrives, so the connection stays open and the browser,
 * still sending, does not have the answer cut off under it; anything larger closes the connection after the
 * answer.
 *
 * <p>A body sent in chunks, with no length, gets 411 Length Required the same way (RFC 9110 lets a server ask
 * for the length): browsers always give a form's length, and Undertow's chunk decoder closes the connection
 * without a word on broken chunk framing, so no chunked body is ever decoded for a page.
 */
final class OversizedBodies implements HttpHandler {
    private final HttpHandler next;
    private final ErrorBoundary errors;

    OversizedBodies(HttpHandler next, ErrorBoundary errors) {
        this.next = next;
        this.errors = errors;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)) {
            errors.sendError(exchange, 411, BodyLimits.LENGTH_REQUIRED_MESSAGE, null);
            return;
        }
        long declared = exchange.getRequestContentLength();
        if (declared <= BodyLimits.MAX_BODY_BYTES) {
            next.handleRequest(exchange);
            return;
        }
        if (declared <= BodyLimits.DRAIN_LIMIT_BYTES) {
            exchange.setMaxEntitySize(BodyLimits.DRAIN_LIMIT_BYTES);
        } else {
            exchange.setPersistent(false);
        }
        errors.sendError(exchange, 413, BodyLimits.TOO_LARGE_MESSAGE, null);
    }
}
