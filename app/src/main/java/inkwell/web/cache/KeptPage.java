package inkwell.web.cache;

import inkwell.web.encoding.Gzip;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One kept page: its fixed parts as rendered and, compressed once, as gzip, with the holes filled in for each
 * request. A browser that takes gzip gets the compressed parts; any other client the plain ones.
 */
final class KeptPage {
    final long version;
    final long expiresAt;
    final AtomicLong refreshStarted = new AtomicLong();
    private final ByteBuffer[] parts;
    private final ByteBuffer[] deflated;
    /** For a page without holes, its gzip answer made once; null when each request fills holes in. */
    private final ByteBuffer wholeGzip;
    private final List<Function<HttpServerExchange, String>> holes;
    private final Consumer<HttpServerExchange> onEachGet;

    KeptPage(long version, long expiresAt, ByteBuffer[] parts, List<Function<HttpServerExchange, String>> holes,
             Consumer<HttpServerExchange> onEachGet) {
        this.version = version;
        this.expiresAt = expiresAt;
        this.parts = parts;
        this.holes = holes;
        this.onEachGet = onEachGet;
        ByteBuffer[] compressed = new ByteBuffer[parts.length];
        for (int i = 0; i < parts.length; i++) {
            compressed[i] = GzipSplice.deflate(parts[i]);
        }
        this.wholeGzip = holes.isEmpty() ? GzipSplice.whole(parts[0], compressed[0]) : null;
        this.deflated = holes.isEmpty() ? null : compressed;
    }

    void send(HttpServerExchange exchange) {
        boolean get = exchange.getRequestMethod().equals(Methods.GET);
        if (get) {
            onEachGet.accept(exchange);
        }
        byte[][] filled = new byte[holes.size()][];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = holes.get(i).apply(exchange).getBytes(StandardCharsets.UTF_8);
        }
        ByteBuffer[] response;
        if (Gzip.accepted(exchange)) {
            response = wholeGzip != null ? new ByteBuffer[] {wholeGzip.duplicate()}
                    : GzipSplice.response(parts, deflated, filled);
            exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, "gzip");
        } else {
            response = plain(filled);
        }
        long length = 0;
        for (ByteBuffer buffer : response) {
            length += buffer.remaining();
        }
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseHeaders().put(Headers.VARY, "Accept-Encoding");
        exchange.setResponseContentLength(length);
        if (get) {
            exchange.getResponseSender().send(response);
        } else {
            exchange.endExchange();
        }
    }

    private ByteBuffer[] plain(byte[][] filled) {
        ByteBuffer[] response = new ByteBuffer[parts.length + filled.length];
        for (int i = 0; i < parts.length; i++) {
            response[2 * i] = parts[i].duplicate();
            if (i < filled.length) {
                response[2 * i + 1] = ByteBuffer.wrap(filled[i]);
            }
        }
        return response;
    }
}
