package inkwell.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Answers a request that declares a body over the limit at once, on the IO thread, with the 413 page: before
 * any worker thread waits on it, and before the client finishes (or stalls in) sending it. A body of up to a
 * few MiB is then read and dropped by Undertow as it arrives, so the connection stays open and the browser,
 * still sending, does not have the answer cut off under it; anything larger closes the connection after the
 * answer.
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
