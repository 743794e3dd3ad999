package inkwell.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Moves the request from the IO thread to a worker thread in blocking mode: pages query the database and
 * render templates, which must never hold an IO thread.
 */
final class WorkerDispatch implements HttpHandler {
    private final HttpHandler next;

    WorkerDispatch(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        next.handleRequest(exchange);
    }
}
