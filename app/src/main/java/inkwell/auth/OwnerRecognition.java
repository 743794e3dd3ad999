package inkwell.auth;

import inkwell.web.security.TrustedProxies;
import inkwell.web.view.Viewer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Tells the owner from a visitor, once per request and on the IO thread (kept pages differ between the two, so this
 * runs before them): a current owner session in the cookie makes the request the owner's. A session begun through
 * the launcher's link counts only from this computer (see {@link ThisComputer}).
 */
public final class OwnerRecognition implements HttpHandler {
    private static final AttachmentKey<OwnerSession> SESSION = AttachmentKey.create(OwnerSession.class);
    private final OwnerSessions sessions;
    private final HttpHandler next;

    public OwnerRecognition(OwnerSessions sessions, HttpHandler next) {
        this.sessions = sessions;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<OwnerSession> session = sessions.find(OwnerCookie.value(exchange))
                .filter(found -> found.kind() == SessionKind.PASSWORD || fromThisComputer(exchange));
        session.ifPresent(found -> exchange.putAttachment(SESSION, found));
        Viewer.attach(exchange, session.isPresent() ? Viewer.OWNER : Viewer.VISITOR);
        next.handleRequest(exchange);
    }

    /** The owner session this request carries, if any. */
    static Optional<OwnerSession> session(HttpServerExchange exchange) {
        return Optional.ofNullable(exchange.getAttachment(SESSION));
    }

    /** The client's address, as the rate limits and the session list name it. */
    static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
    }

    static boolean fromThisComputer(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return !TrustedProxies.forwarded(exchange) && source != null && source.getAddress() != null
                && ThisComputer.is(source.getAddress());
    }
}
