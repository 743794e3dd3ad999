package inkwell.web.assets;

import inkwell.web.encoding.Gzip;
import inkwell.web.http.HttpError;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.DateUtils;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.MimeMappings;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.util.Date;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves {@code /assets/...} from the jar, kept in memory after the first request (reading a jar entry per
 * request held the CSS at a tenth of the same-bytes ceiling). The content hash is the strong ETag, answered with
 * 304 by Undertow's {@link ETagUtils}; a URL carrying the current fingerprint is cached for a year. Only plain
 * relative paths of known characters are looked up: no "..", no backslash, no encoded separators can reach the
 * class loader, and only files that exist in the jar can be kept, so memory is bounded by the jar.
 */
public final class Assets implements HttpHandler {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*"
            + "(?:/[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)*");
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "public, max-age=0, must-revalidate";

    private final AssetUrls urls;
    private final ClassLoader loader;
    private final Map<String, Asset> kept = new ConcurrentHashMap<>();

    public Assets(AssetUrls urls, ClassLoader loader) {
        this.urls = urls;
        this.loader = loader;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        serve(exchange, path.startsWith("/") ? path.substring(1) : path);
    }

    /** Serves one asset by its path under {@code assets/} (also used for {@code /favicon.ico}). */
    public void serve(HttpServerExchange exchange, String asset) {
        if (!SAFE_PATH.matcher(asset).matches() || asset.toLowerCase(Locale.ROOT).contains("..")
                || urls.fingerprint(asset).isEmpty()) {
            throw HttpError.notFound("There is no file at " + exchange.getRequestPath() + ".");
        }
        String fingerprint = urls.fingerprint(asset).get();
        Deque<String> version = exchange.getQueryParameters().get("v");
        boolean current = version != null && version.size() == 1 && version.getFirst().equals(fingerprint);
        ETag etag = new ETag(false, fingerprint);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, current ? YEAR : REVALIDATE);
        exchange.getResponseHeaders().put(Headers.ETAG, etag.toString());
        if (!ETagUtils.handleIfNoneMatch(exchange, etag, true)) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        send(exchange, asset, kept.computeIfAbsent(asset, this::load));
    }

    private static void send(HttpServerExchange exchange, String asset, Asset loaded) {
        exchange.getResponseHeaders().put(Headers.VARY, "Accept-Encoding");
        boolean gzip = loaded.gzipped() != null && Gzip.accepted(exchange);
        if (gzip) {
            exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, "gzip");
        }
        ByteBuffer content = (gzip ? loaded.gzipped() : loaded.content()).duplicate();
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType(asset));
        exchange.getResponseHeaders().put(Headers.LAST_MODIFIED, loaded.lastModified());
        exchange.setResponseContentLength(content.remaining());
        if (exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(content);
        }
    }

    /** Text assets are UTF-8; saying so keeps browsers from guessing. */
    private static String contentType(String asset) {
        int dot = asset.lastIndexOf('.');
        String type = MimeMappings.DEFAULT.getMimeType(asset.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") || type.equals("application/javascript") ? type + "; charset=utf-8" : type;
    }

    /** Direct and read-only: each request sends a duplicate without another copy. */
    private Asset load(String asset) {
        URL resource = loader.getResource(AssetUrls.resourceName(asset));
        if (resource == null) {
            throw HttpError.notFound("There is no file at /assets/" + asset + ".");
        }
        try {
            URLConnection connection = resource.openConnection();
            try (InputStream in = connection.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                // Text is compressed once, here; images are compressed already.
                ByteBuffer gzipped = Gzip.worthCompressing(contentType(asset)) && bytes.length > Gzip.SMALLEST_WORTH_BYTES
                        ? direct(Gzip.compress(bytes)) : null;
                return new Asset(direct(bytes), gzipped, DateUtils.toDateString(new Date(connection.getLastModified())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    /** {@code gzipped} is null where compressing gains nothing. */
    private record Asset(ByteBuffer content, ByteBuffer gzipped, String lastModified) {
    }
}
