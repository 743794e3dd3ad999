package inkwell.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/** One address per page: {@code /posts/} and {@code /posts//} redirect to {@code /posts}. */
final class CanonicalPaths implements HttpHandler {
    private final HttpHandler next;

    CanonicalPaths(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        boolean readOnly = exchange.getRequestMethod().equals(Methods.GET)
                || exchange.getRequestMethod().equals(Methods.HEAD);
        if (readOnly && path.length() > 1 && (path.endsWith("/") || path.contains("//"))) {
            String canonical = path.replaceAll("/{2,}", "/");
            if (canonical.length() > 1 && canonical.endsWith("/")) {
                canonical = canonical.substring(0, canonical.length() - 1);
            }
            String query = exchange.getQueryString();
            Redirects.permanent(exchange, Paths.encode(canonical) + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        next.handleRequest(exchange);
    }
}
