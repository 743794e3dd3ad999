package inkwell.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Methods;

/**
 * One address per page: {@code /posts//} redirects to {@code /posts}. A trailing slash alone ({@code /posts/}) is
 * left to the {@link Router}, which redirects when a route answers the path without it, and otherwise lets an old
 * address brought by an import ({@code /2019/03/14/slug/}) redirect to its post in one step.
 */
final class CanonicalPaths implements HttpHandler {
    /** The request's path without its trailing slash, when it had one (GET and HEAD only). */
    static final AttachmentKey<String> WITHOUT_TRAILING_SLASH = AttachmentKey.create(String.class);
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
            if (!path.contains("//") && !path.startsWith(Routes.ASSETS + "/")) {
                exchange.putAttachment(WITHOUT_TRAILING_SLASH, canonical);
                next.handleRequest(exchange);
                return;
            }
            redirect(exchange, canonical);
            return;
        }
        next.handleRequest(exchange);
    }

    /** To the page's one address, with the request's query as it came. */
    static void redirect(HttpServerExchange exchange, String canonical) {
        String query = exchange.getQueryString();
        Redirects.permanent(exchange, Paths.encode(canonical) + (query.isEmpty() ? "" : "?" + query));
    }
}
