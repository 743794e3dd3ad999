package inkwell.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler on a worker thread (JPA blocks) and turns whatever it throws into an error page in the site
 * layout: {@link HttpError} as its own status, anything else as a 500 whose reference id is in the log with
 * the stack trace. The user never sees a stack trace.
 */
public final class ErrorBoundary implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundary.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpHandler next;
    private final Templates templates;

    public ErrorBoundary(HttpHandler next, Templates templates) {
        this.next = next;
        this.templates = templates;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        try {
            exchange.startBlocking();
            next.handleRequest(exchange);
        } catch (HttpError error) {
            sendError(exchange, error.status(), error.getMessage(), null);
        } catch (RequestTooBigException e) {
            sendError(exchange, 413, BodyLimits.TOO_LARGE_MESSAGE, null);
        } catch (Throwable e) {
            String reference = HexFormat.of().formatHex(randomBytes());
            LOG.error("Request {} {} failed, reference {}", exchange.getRequestMethod(), exchange.getRequestPath(),
                    reference, e);
            sendError(exchange, 500, "The error was written to the log with the reference below. "
                    + "Nothing you wrote was saved by this request; go back and try again.", reference);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    void sendError(HttpServerExchange exchange, int status, String message, String reference) {
        if (exchange.isResponseStarted()) {
            // Too late for a page; closing tells the client the response is incomplete.
            org.xnio.IoUtils.safeClose(exchange.getConnection());
            return;
        }
        exchange.getResponseHeaders().remove(Headers.LOCATION);
        try {
            templates.send(exchange, status, "errors/error.jte", ErrorPage.of(status, message, reference));
        } catch (RuntimeException e) {
            // The error page itself failed: still answer with the status and a readable line, never a trace.
            LOG.error("Error page for {} failed", status, e);
            exchange.setStatusCode(status);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
            exchange.getResponseSender().send("Error " + status + ": " + message
                    + (reference == null ? "" : " Reference: " + reference));
        }
    }
}
