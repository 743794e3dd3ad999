package inkwell.web.encoding;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Who takes gzip, and gzip made once: kept pages and assets are compressed when they are kept, not per request
 * (compressing every answer cost most of the throughput browsers see, as they all send Accept-Encoding).
 */
public final class Gzip {
    /** Below about a packet, compressing saves nothing worth its time. */
    public static final int SMALLEST_WORTH_BYTES = 1024;

    private Gzip() {
    }

    /**
     * Whether the client takes gzip: {@code gzip} listed without {@code q=0}. Undertow's own reading ignores
     * {@code q=0}; this one is used by every place that compresses, so they all agree.
     */
    public static boolean accepted(HttpServerExchange exchange) {
        HeaderValues headers = exchange.getRequestHeaders().get(Headers.ACCEPT_ENCODING);
        if (headers == null) {
            return false;
        }
        if (headers.size() != 1) {
            return accepted(headers);
        }
        // A browser sends the same header on every request: read once (splits and a regex), then compared.
        String header = headers.getFirst();
        Reading known = lastReading;
        if (!known.header().equals(header)) {
            known = new Reading(header, accepted(List.of(header)));
            lastReading = known;
        }
        return known.gzip();
    }

    private record Reading(String header, boolean gzip) {
    }

    private static volatile Reading lastReading = new Reading("", false);

    private static boolean accepted(Iterable<String> headers) {
        for (String header : headers) {
            for (String coding : header.split(",")) {
                String[] parameters = coding.split(";");
                if (parameters[0].strip().equalsIgnoreCase("gzip")) {
                    return parameters.length < 2 || !parameters[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    /** Text compresses; images and archives are compressed already. */
    public static boolean worthCompressing(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.startsWith("application/javascript")
                || contentType.startsWith("image/svg+xml") || contentType.startsWith("application/json")
                || contentType.startsWith("application/atom+xml") || contentType.startsWith("application/xml"));
    }

    /** A whole gzip file of {@code bytes}, as small as gzip makes it (done once per asset). */
    public static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
