package inkwell.web.http;

import inkwell.web.encoding.Gzip;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.util.Headers;

/** Undertow's gzip, for text larger than a packet; images are compressed already. */
final class Compression implements HttpHandler {
    private final EncodingHandler encoding;

    Compression(HttpHandler next) {
        this.encoding = new EncodingHandler(next, new ContentEncodingRepository()
                .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, Compression::isCompressible));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        encoding.handleRequest(exchange);
    }

    /**
     * Text not compressed already (kept pages come with their gzip made once), for a client that takes gzip by
     * the same reading of Accept-Encoding as the kept pages (Undertow's own ignores {@code gzip;q=0}).
     */
    static boolean isCompressible(HttpServerExchange exchange) {
        if (exchange.getResponseHeaders().contains(Headers.CONTENT_ENCODING) || !Gzip.accepted(exchange)) {
            return false;
        }
        boolean textual = Gzip.worthCompressing(exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE));
        long length = exchange.getResponseContentLength();
        return textual && (length < 0 || length > Gzip.SMALLEST_WORTH_BYTES);
    }
}
