package inkwell.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.ProxyPeerAddressHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Believes X-Forwarded-For, -Proto and -Host (Undertow's {@link ProxyPeerAddressHandler}) only from the reverse
 * proxies named with {@code --trusted-proxies}; from anyone else they are ignored, so no client can claim another
 * address or HTTPS. A request that came through a proxy is marked: it is never "from this computer", even though
 * the proxy itself runs here.
 */
public final class TrustedProxies implements HttpHandler {
    private static final AttachmentKey<Boolean> FORWARDED = AttachmentKey.create(Boolean.class);
    private final Set<String> proxies;
    private final HttpHandler next;
    private final HttpHandler forwarded;

    public TrustedProxies(Set<String> proxies, HttpHandler next) {
        this.proxies = Set.copyOf(proxies);
        this.next = next;
        this.forwarded = new ProxyPeerAddressHandler(next);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        InetSocketAddress peer = exchange.getSourceAddress();
        // A proxy on this computer: the owner's own browser may still come straight in, without the headers.
        if (!proxies.isEmpty() && peer != null && peer.getAddress() != null
                && proxies.contains(peer.getAddress().getHostAddress())
                && exchange.getRequestHeaders().contains(Headers.X_FORWARDED_FOR)) {
            exchange.putAttachment(FORWARDED, Boolean.TRUE);
            forwarded.handleRequest(exchange);
            return;
        }
        next.handleRequest(exchange);
    }

    /** Whether this request reached Inkwell through a trusted reverse proxy. */
    public static boolean forwarded(HttpServerExchange exchange) {
        return exchange.getAttachment(FORWARDED) != null;
    }
}
