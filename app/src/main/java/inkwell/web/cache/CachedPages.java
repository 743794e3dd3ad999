package inkwell.web.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;

/**
 * Answers GET and HEAD from the {@link PageCache} right on the IO thread: no worker thread, no database, no
 * template. Anything else, or a page not kept, goes on to the rest of the pipeline (the worker thread), which
 * renders it and may keep it for next time.
 */
public final class CachedPages implements HttpHandler {
    private final PageCache cache;
    private final HttpHandler next;

    public CachedPages(PageCache cache, HttpHandler next) {
        this.cache = cache;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean read = exchange.getRequestMethod().equals(Methods.GET)
                || exchange.getRequestMethod().equals(Methods.HEAD);
        if (read && cache.trySend(exchange)) {
            return;
        }
        next.handleRequest(exchange);
    }
}
