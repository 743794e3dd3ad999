package inkwell.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/**
 * Answers GET and HEAD from the {@link PageCache} right on the IO thread: no worker thread, no database, no
 * template. Anything else, a page not kept, or a Host that {@link HostCheck} would refuse goes on to the rest
 * of the chain (the worker thread), which renders it and may keep it for next time.
 */
final class CachedPages implements HttpHandler {
    private final PageCache cache;
    private final HttpHandler next;

    CachedPages(PageCache cache, HttpHandler next) {
        this.cache = cache;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (readsAPage(exchange) && cache.trySend(exchange)) {
            return;
        }
        next.handleRequest(exchange);
    }

    private static boolean readsAPage(HttpServerExchange exchange) {
        boolean read = exchange.getRequestMethod().equals(Methods.GET) || exchange.getRequestMethod().equals(Methods.HEAD);
        String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
        return read && host != null && HostCheck.isLocalHost(host);
    }
}
