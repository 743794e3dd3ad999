package inkwell.web;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.predicate.Predicate;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.util.Headers;
import java.net.BindException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

/**
 * The embedded Undertow server and the filter chain every request passes: gzip, security headers, kept pages
 * (answered on the IO thread), then on a worker thread inside the {@link ErrorBoundary}: Host and Origin
 * checks, canonical paths, then the assets or the page router.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long SHUTDOWN_WAIT_MILLIS = 5000;
    /** Undertow's buffers, set rather than derived from the heap size (which would pick 512 B under 64 MiB). */
    static final int BUFFER_BYTES = 4 * 1024;
    /** A client that sends nothing for this long in the middle of a request is disconnected. */
    static final int READ_TIMEOUT_MILLIS = 30_000;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final String url;

    private WebServer(Undertow undertow, GracefulShutdownHandler graceful, String url) {
        this.undertow = undertow;
        this.graceful = graceful;
        this.url = url;
    }

    /**
     * Starts listening. When the preferred port is busy and the user did not insist on it, any free port is
     * taken instead; a port the user asked for that is busy is an error with a clear message.
     */
    public static WebServer start(ServerAddress address, HttpHandler pages, Templates templates, PageCache cache)
            throws PortInUseException {
        AssetUrls assetUrls = templates.assets();
        Assets assets = new Assets(assetUrls, WebServer.class.getClassLoader());
        PathHandler paths = new PathHandler(new CanonicalPaths(pages))
                .addPrefixPath("/assets", assets)
                .addExactPath("/favicon.ico", exchange -> assets.serve(exchange, "img/favicon.ico"));
        // Kept pages are answered on the IO thread; everything else goes to a worker inside the error boundary.
        // A request body is read on the IO thread before a worker takes the request, so a client that stalls
        // halfway through an upload holds a connection, never one of the worker threads everyone else needs.
        ErrorBoundary boundary = new ErrorBoundary(new HostCheck(paths), templates);
        HttpHandler chain = new SecurityHeaders(new CachedPages(cache, new OversizedBodies(
                new HttpContinueReadHandler(new BufferedBodies(boundary, boundary)), boundary)));
        GracefulShutdownHandler graceful = new GracefulShutdownHandler(compressText(chain));
        Undertow undertow;
        try {
            undertow = build(address.host(), address.port(), graceful);
            undertow.start();
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof BindException)) {
                throw e;
            }
            if (address.portExplicit() && address.port() != 0) {
                throw new PortInUseException(address.port());
            }
            LOG.info("Port {} is busy; taking a free one", address.port());
            undertow = build(address.host(), 0, graceful);
            undertow.start();
        }
        int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        return new WebServer(undertow, graceful, address.urlFor(port));
    }

    private static Undertow build(String host, int port, HttpHandler handler) {
        return Undertow.builder()
                .addHttpListener(port, host)
                .setHandler(handler)
                .setBufferSize(BUFFER_BYTES)
                .setDirectBuffers(true)
                .setSocketOption(Options.READ_TIMEOUT, READ_TIMEOUT_MILLIS)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, BodyLimits.DRAIN_LIMIT_BYTES)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 200)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
                .setServerOption(UndertowOptions.MAX_HEADERS, 100)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .build();
    }

    /** gzip for text larger than a packet; images are compressed already. */
    private static HttpHandler compressText(HttpHandler next) {
        Predicate textual = exchange -> isCompressible(exchange);
        return new EncodingHandler(next, new ContentEncodingRepository()
                .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, textual));
    }

    private static boolean isCompressible(HttpServerExchange exchange) {
        String type = exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE);
        long length = exchange.getResponseContentLength();
        boolean textual = type != null && (type.startsWith("text/") || type.startsWith("application/javascript")
                || type.startsWith("image/svg+xml") || type.startsWith("application/json"));
        return textual && (length < 0 || length > 1024);
    }

    /** The address the blog is served at, such as {@code http://127.0.0.1:8465/}. */
    public String url() {
        return url;
    }

    /** Stops taking requests, lets running ones finish (up to 5 s), then closes the listener. */
    public void stop() {
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(SHUTDOWN_WAIT_MILLIS)) {
                LOG.warn("Requests still running after {} ms; stopping anyway", SHUTDOWN_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        LOG.info("Web server stopped");
    }
}
