package inkwell.web.cache;

import inkwell.web.view.Viewer;
import io.undertow.server.HttpServerExchange;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rendered pages kept in memory, so that reading a page costs no query and no template. A page is stored as
 * the bytes around its holes: the values that must be exact on every request (a view count, the visitor's
 * CSRF token) are filled in per request, everything else is sent as rendered.
 *
 * <p>Every write calls {@link #invalidate()}: the version moves on and every page rendered before it is gone,
 * so an edit shows on the very next request. A page whose rendering began before a write is not kept (it may
 * hold the old text). Pages also expire after a while, because they show relative dates ("5 minutes ago");
 * one request renders an expired page again while the others are still answered with it.
 * Kept pages are served by {@link CachedPages} on the IO thread, without a worker thread or a database call.
 */
public final class PageCache {
    /** Enough for every list page and post a personal blog has on screen at once; past it the cache starts over. */
    static final int MAX_PAGES = 2_000;
    private static final byte MARK = 0x01;
    private static final long REFRESH_RETRY_NANOS = 5_000_000_000L;

    private final ConcurrentHashMap<String, KeptPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    // Answers sent from kept pages. Nothing in the product reads it: it lets tests prove that a page really came
    // from memory (and that a write made the next request render again), which no response shows from outside.
    private final AtomicLong answeredFromMemory = new AtomicLong();
    // Markers carry a random nonce, so text a user wrote can never be mistaken for a hole.
    private final String nonce = HexFormat.of().formatHex(SecureRandom.getSeed(8));

    /** The content version; pass it to {@link Render} before reading what the page shows. */
    public long version() {
        return version.get();
    }

    /** Called after every change to what pages show. */
    public void invalidate() {
        version.incrementAndGet();
        pages.clear();
    }

    /** Starts rendering a page that may be kept: take holes from it, render, then {@link Render#send}. */
    public Render render(HttpServerExchange exchange) {
        return new Render(version.get(), key(exchange));
    }

    int size() {
        return pages.size();
    }

    /** How many answers were sent from kept pages so far (for tests: a kept page looks like a rendered one). */
    long answeredFromMemory() {
        return answeredFromMemory.get();
    }

    /** Sends the kept page for this request, if there is a current one. Runs on the IO thread. */
    boolean trySend(HttpServerExchange exchange) {
        KeptPage page = pages.get(key(exchange));
        if (page == null) {
            return false;
        }
        if (page.version != version.get()) {
            pages.remove(key(exchange), page);
            return false;
        }
        // An expired page (its relative dates have aged) is rendered again by one request; the others keep
        // getting it meanwhile, rather than all queueing on the database at once.
        // Should that request fail, another one tries again a few seconds later.
        long now = System.nanoTime();
        if (now - page.expiresAt > 0) {
            long started = page.refreshStarted.get();
            if ((started == 0 || now - started > REFRESH_RETRY_NANOS) && page.refreshStarted.compareAndSet(started, now)) {
                return false;
            }
        }
        answeredFromMemory.incrementAndGet(); // before sending: a client may read it as soon as the answer arrives
        page.send(exchange);
        return true;
    }

    /** The owner and visitors see different pages at one address: each is kept apart. */
    private static String key(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        return (Viewer.isOwner(exchange) ? "o " : "v ") + exchange.getHostAndPort() + exchange.getRequestURI()
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** One rendering in progress: hands out hole markers, then cuts the rendered bytes at them. */
    public final class Render {
        private final long startVersion;
        private final String key;
        private final List<Function<HttpServerExchange, String>> holes = new ArrayList<>();
        private Consumer<HttpServerExchange> onEachGet = exchange -> { };

        private Render(long startVersion, String key) {
            this.startVersion = startVersion;
            this.key = key;
        }

        /** A marker to put in the page model where {@code value} must be filled in for each request. */
        public String hole(Function<HttpServerExchange, String> value) {
            holes.add(value);
            return "\u0001" + nonce + (holes.size() - 1) + "\u0001";
        }

        /** Runs before the holes are filled on every GET of this page (not HEAD): counts a view, say. */
        public Render onEachGet(Consumer<HttpServerExchange> action) {
            this.onEachGet = action;
            return this;
        }

        /** Keeps the rendered page for {@code maxAgeSeconds} (unless a write came meanwhile) and sends it. */
        public void send(HttpServerExchange exchange, byte[] rendered, long maxAgeSeconds) {
            KeptPage page = cut(rendered, System.nanoTime() + maxAgeSeconds * 1_000_000_000L);
            if (version.get() == startVersion) {
                if (pages.size() >= MAX_PAGES) {
                    pages.clear();
                }
                pages.put(key, page);
            }
            page.send(exchange);
        }

        private KeptPage cut(byte[] rendered, long expiresAt) {
            List<ByteBuffer> parts = new ArrayList<>();
            List<Function<HttpServerExchange, String>> order = new ArrayList<>();
            byte[] prefix = ("\u0001" + nonce).getBytes(StandardCharsets.US_ASCII);
            int start = 0;
            for (int i = 0; i < rendered.length; i++) {
                if (rendered[i] == MARK && startsWith(rendered, i, prefix)) {
                    int end = i + prefix.length;
                    int close = end;
                    while (rendered[close] != MARK) {
                        close++;
                    }
                    int index = Integer.parseInt(new String(rendered, end, close - end, StandardCharsets.US_ASCII));
                    parts.add(direct(rendered, start, i));
                    order.add(holes.get(index));
                    start = close + 1;
                    i = close;
                }
            }
            parts.add(direct(rendered, start, rendered.length));
            return new KeptPage(startVersion, expiresAt, parts.toArray(new ByteBuffer[0]), order, onEachGet);
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    /** Direct buffers go to the socket without another copy; each request sends read-only duplicates. */
    private static ByteBuffer direct(byte[] bytes, int from, int to) {
        return ByteBuffer.allocateDirect(to - from).put(bytes, from, to - from).flip().asReadOnlyBuffer();
    }
}
