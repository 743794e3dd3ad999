package inkwell.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets the web server listen while the database is still starting (the two start side by side): the pages take
 * over once the database is ready, and a request that comes earlier, such as a browser tab left open across a
 * restart, waits for them on its worker thread. Assets never wait: they are served before this gate.
 */
public final class PagesGate implements HttpHandler {
    static final long WAIT_SECONDS = 60;

    private final CompletableFuture<HttpHandler> pages = new CompletableFuture<>();
    // Requests held here now. Nothing in the product reads it: tests wait on it instead of sleeping a guessed time.
    private final AtomicInteger waiting = new AtomicInteger();

    /** From now on every request goes to these pages. */
    public void open(HttpHandler ready) {
        pages.complete(ready);
    }

    /** The blog could not start: requests still waiting get an error page instead of hanging. */
    public void fail() {
        pages.completeExceptionally(new IllegalStateException("Inkwell could not start"));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HttpHandler ready = pages.getNow(null);
        if (ready == null) {
            ready = await();
        }
        ready.handleRequest(exchange);
    }

    private HttpHandler await() throws InterruptedException {
        waiting.incrementAndGet();
        try {
            return pages.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new HttpError(503, "Inkwell is still starting or could not start. Reload this page in a moment.");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How many requests are waiting for the pages right now. */
    int waiting() {
        return waiting.get();
    }
}
