package inkwell.web.view;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * The one place error pages come from, on any thread: a page in the site's layout with the status, a headline
 * and what happened (escaped by the template). The user never sees a stack trace.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    /** Answers with the error page; {@code reference} (500s only) points at the log entry. */
    public void send(HttpServerExchange exchange, int status, String message, String reference) {
        if (exchange.isResponseStarted()) {
            // Too late for a page; closing tells the client the response is incomplete.
            IoUtils.safeClose(exchange.getConnection());
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

    public void send(HttpServerExchange exchange, int status, String message) {
        send(exchange, status, message, null);
    }
}
