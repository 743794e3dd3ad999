package inkwell.web.http;

import inkwell.web.view.ErrorPages;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a page handler throws into an error page: {@link HttpError} as its own status, anything else
 * as a 500 whose reference id is in the log with the stack trace.
 */
final class ErrorBoundary implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundary.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String FAILED = "The error was written to the log with the reference below. "
            + "Nothing you wrote was saved by this request; go back and try again.";

    private final HttpHandler next;
    private final ErrorPages errors;

    ErrorBoundary(HttpHandler next, ErrorPages errors) {
        this.next = next;
        this.errors = errors;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        try {
            next.handleRequest(exchange);
        } catch (HttpError error) {
            errors.send(exchange, error.status(), error.getMessage());
        } catch (Throwable e) {
            String reference = HexFormat.of().formatHex(randomBytes());
            LOG.error("Request {} {} failed, reference {}", exchange.getRequestMethod(), exchange.getRequestPath(),
                    reference, e);
            errors.send(exchange, 500, FAILED, reference);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
