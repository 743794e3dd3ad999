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
 * A restore closes the gate again ({@link #hold}), waits for the requests being served ({@link #drain}), and opens
 * it on the pages of the restored database.
 */
public final class PagesGate implements HttpHandler {
    static final long WAIT_SECONDS = 60;

    /** Answers some requests before the pages are ready, without the database; true when it answered. */
    @FunctionalInterface
    public interface Early {
        boolean answered(HttpServerExchange exchange) throws Exception;
    }

    private volatile CompletableFuture<HttpHandler> pages = new CompletableFuture<>();
    // Only until the pages first open: then everything goes to them (see the class comment of FirstPages).
    private volatile Early early;

    public PagesGate() {
        this(exchange -> false);
    }

    public PagesGate(Early early) {
        this.early = early;
    }
    // Requests inside the pages now: a restore waits for them before it closes the database under them.
    private final AtomicInteger serving = new AtomicInteger();
    // Requests held here now. Nothing in the product reads it: tests wait on it instead of sleeping a guessed time.
    private final AtomicInteger waiting = new AtomicInteger();

    /** From now on every request goes to these pages. */
    public void open(HttpHandler ready) {
        early = null;
        pages.complete(ready);
    }

    /** The blog could not start: requests still waiting get an error page instead of hanging. */
    public void fail() {
        pages.completeExceptionally(new IllegalStateException("Inkwell could not start"));
    }

    /** From now on new requests wait (as during start-up) until {@link #open} is called again. */
    public synchronized void hold() {
        if (pages.isDone()) {
            pages = new CompletableFuture<>();
        }
    }

    /** Waits until no request is inside the pages (after {@link #hold}); false when some still are at the limit. */
    public boolean drain(java.time.Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (serving.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        while (true) {
            CompletableFuture<HttpHandler> current = pages;
            HttpHandler ready = current.getNow(null);
            if (ready == null) {
                Early before = early;
                if (before != null && before.answered(exchange)) {
                    return;
                }
                ready = await(current);
            }
            // Counted before the second look: a hold either sees this request or this request sees the hold.
            serving.incrementAndGet();
            try {
                if (pages == current) {
                    ready.handleRequest(exchange);
                    return;
                }
            } finally {
                serving.decrementAndGet();
            }
        }
    }

    private HttpHandler await(CompletableFuture<HttpHandler> current) throws InterruptedException {
        waiting.incrementAndGet();
        try {
            return current.get(WAIT_SECONDS, TimeUnit.SECONDS);
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
