package inkwell.web.security;

import inkwell.web.http.HttpError;
import inkwell.web.view.ErrorPages;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.Protocols;
import java.net.URI;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * DNS-rebinding and cross-site defence for a server on the user's own machine. A hostile page can point its
 * own domain name at 127.0.0.1, but it cannot make the browser send a Host header other than that name: so
 * only loopback names, IP literals and the names the owner vouches for are served (421 otherwise): this
 * computer's own name (for readers on the LAN), the public address's host, and {@code --allowed-hosts}. POSTs must also come from this very origin
 * when the browser says where they come from (Origin, Sec-Fetch-Site).
 */
public final class HostCheck implements HttpHandler {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+]");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private final HttpHandler next;
    private final ErrorPages errors;
    private final Predicate<String> vouchedFor;
    /** The last Host header found local: a browser sends the same one every time, checked once (by regex). */
    private volatile String lastLocalHost = "localhost";

    /** {@code vouchedFor} answers for a lower-case host name without port or final dot. */
    public HostCheck(HttpHandler next, ErrorPages errors, Predicate<String> vouchedFor) {
        this.next = next;
        this.errors = errors;
        this.vouchedFor = vouchedFor;
    }

    /** Runs on the IO thread, before kept pages are served: a refused request never reaches the cache. */
    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HttpError refusal = refusal(exchange);
        if (refusal != null) {
            errors.send(exchange, refusal.status(), refusal.getMessage());
            return;
        }
        next.handleRequest(exchange);
    }

    private HttpError refusal(HttpServerExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
        if (host == null) {
            // HTTP/1.0 clients may omit Host; browsers never do, so this is no rebinding risk.
            if (!exchange.getProtocol().equals(Protocols.HTTP_1_0)) {
                return HttpError.badRequest("The request has no Host header. Open the blog at the address "
                        + "Inkwell printed when it started.");
            }
        } else if (!knownLocal(host) && !vouchedFor.test(hostName(host))) {
            return new HttpError(421, "This blog only answers at its own address on this computer (such as "
                    + "http://127.0.0.1/ or http://localhost/), not at \"" + host + "\".");
        }
        return exchange.getRequestMethod().equals(Methods.POST) ? originRefusal(exchange, host) : null;
    }

    private boolean knownLocal(String host) {
        if (host.equals(lastLocalHost)) {
            return true;
        }
        if (!isLocalHost(host)) {
            return false;
        }
        lastLocalHost = host;
        return true;
    }

    static boolean isLocalHost(String hostHeader) {
        String name = hostName(hostHeader);
        // IP literals cannot be rebound: a page served from one is same-origin with this server anyway.
        return name.equals("localhost") || IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
    }

    /** The host name of a Host header: lower case, no port, no final dot; "" when the port is malformed. */
    static String hostName(String hostHeader) {
        String name = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = name.startsWith("[") ? name.indexOf("]:") + 1 : name.lastIndexOf(':');
        if (colon > 0) {
            if (!PORT.matcher(name.substring(colon)).matches()) {
                return "";
            }
            name = name.substring(0, colon);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static HttpError originRefusal(HttpServerExchange exchange, String host) {
        String fetchSite = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return HttpError.forbidden("This form was sent from another web site, so Inkwell refused it. "
                    + "Use the blog's own pages to write and change posts.");
        }
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin != null && (host == null || !sameAuthority(origin, host))) {
            return HttpError.forbidden("This form was sent from another web site (" + origin + "), so Inkwell "
                    + "refused it. Use the blog's own pages to write and change posts.");
        }
        return null;
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            // https too: behind a reverse proxy that ends TLS, the browser's origin is https://host.
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawAuthority() != null
                    && uri.getRawAuthority().equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
