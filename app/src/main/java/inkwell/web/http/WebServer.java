package inkwell.web.http;

import inkwell.web.assets.Assets;
import inkwell.web.cache.CachedPages;
import inkwell.web.cache.PageCache;
import inkwell.web.security.HostCheck;
import inkwell.web.security.TrustedProxies;
import inkwell.web.security.SecurityHeaders;
import inkwell.web.view.ErrorPages;
import inkwell.web.view.Templates;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.handlers.PathHandler;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

/**
 * The embedded Undertow server and the pipeline every request passes, written once, in {@link #pipeline}, in the
 * order a request meets its filters.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long SHUTDOWN_WAIT_MILLIS = 5000;
    /** Undertow's buffers, set rather than derived from the heap size (which would pick 512 B under 64 MiB). */
    static final int BUFFER_BYTES = 4 * 1024;
    /**
     * Threads for what kept pages do not answer (a page rendered, a save, a search). Undertow's default, eight per
     * core, kept 16 threads on two cores (about 3 MiB resident, issue 19) for a blog with one writer: kept pages
     * and bodies being read take no worker, and the database serialises writes anyway.
     */
    static final int WORKER_THREADS = 4;
    /** All of a request's headers together; the cookies are among them. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
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
     * Every filter a request meets, top to bottom, each with one job. The first ones run on the IO thread, so a
     * refused, oversized or stalled request, and a kept page, never take a worker thread.
     */
    static HttpHandler pipeline(ErrorPages errors, PageCache cache, HandlerWrapper viewer, Predicate<String> hosts,
                                Set<String> proxies, HttpHandler endpoint) {
        List<HandlerWrapper> filters = List.of(
                GracefulShutdownHandler::new,               // stop: refuse new requests, let running ones finish
                next -> new TrustedProxies(proxies, next),  // a configured proxy's X-Forwarded-* headers
                SecurityHeaders::new,                       // CSP, nosniff, no framing, same-origin referrer
                next -> new BodyLimits(next, errors),       // 411 without a length, 413 past 1 MiB
                next -> new HostCheck(next, errors, hosts), // 421 for a foreign Host, 403 for a foreign Origin
                HttpContinueReadHandler::new,               // "100 Continue" for clients that wait for it
                next -> new BufferedBodies(next, errors),   // the whole body read here, 400 if it breaks off
                viewer,                                     // the owner or a visitor: each has their own pages
                next -> new CachedPages(cache, next),       // kept pages answered here, their gzip made once
                // After the kept pages, which need none of it (per request it cost them a tenth of their time);
                // the refusals above are short pages and go out as they are.
                Compression::new,                           // gzip text answers larger than a packet
                WorkerDispatch::new,                        // the rest on a worker thread, in blocking mode
                next -> new ErrorBoundary(next, errors),    // anything thrown becomes an error page
                CanonicalPaths::new);                       // one address per page
        HttpHandler handler = endpoint;
        for (int i = filters.size() - 1; i >= 0; i--) {
            handler = filters.get(i).wrap(handler);
        }
        return handler;
    }

    /**
     * Starts listening. When the preferred port is busy and the user did not insist on it, any free port is
     * taken instead; a port the user asked for that is busy is an error with a clear message.
     */
    public static WebServer start(ServerAddress address, HttpHandler pages, Templates templates, PageCache cache,
                                  HandlerWrapper viewer, Predicate<String> hosts, Set<String> proxies)
            throws PortInUseException {
        Assets assets = new Assets(templates.assets(), WebServer.class.getClassLoader());
        HttpHandler endpoint = new PathHandler(pages)
                .addPrefixPath(Routes.ASSETS, assets)
                .addExactPath(Routes.FAVICON, exchange -> assets.serve(exchange, "img/favicon.ico"));
        GracefulShutdownHandler graceful = (GracefulShutdownHandler) pipeline(new ErrorPages(templates), cache,
                viewer, hosts, proxies, endpoint);
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
                .setWorkerThreads(WORKER_THREADS)
                .setDirectBuffers(true)
                .setSocketOption(Options.READ_TIMEOUT, READ_TIMEOUT_MILLIS)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, BodyLimits.DRAIN_LIMIT_BYTES)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 200)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_BYTES)
                // Undertow throws past 200 cookies (a 500); any program on 127.0.0.1 can plant that many for this
                // host. A cookie takes at least a byte of the headers, so this limit can never be reached.
                .setServerOption(UndertowOptions.MAX_COOKIES, MAX_HEADER_BYTES)
                .setServerOption(UndertowOptions.MAX_HEADERS, 100)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .build();
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
