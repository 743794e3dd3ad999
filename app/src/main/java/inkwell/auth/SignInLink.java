package inkwell.auth;

import inkwell.web.http.HttpError;
import inkwell.web.http.Redirects;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's link, {@code /signin?token=…&next=/path}: signs this computer's browser in without a prompt and
 * redirects to the clean address. It needs no database (the token is this run's, the sessions live in their own
 * file), so it is answered even while the database is still starting: the browser the launcher opened gets its
 * first page without waiting for Derby.
 */
public final class SignInLink {
    private static final Logger LOG = LoggerFactory.getLogger(SignInLink.class);

    private final OwnerSessions sessions;
    private final SignInToken token;

    public SignInLink(OwnerSessions sessions, SignInToken token) {
        this.sessions = sessions;
        this.token = token;
    }

    /** Whether this request is a GET of the link (with a token); if so it has been answered. */
    public boolean answer(HttpServerExchange exchange) {
        String offered = query(exchange, "token");
        if (offered == null || !SignInPages.SIGN_IN.equals(exchange.getRequestPath())) {
            return false;
        }
        if (!token.matches(offered) || !OwnerRecognition.fromThisComputer(exchange)) {
            exchange.getResponseHeaders().put(Headers.REFERRER_POLICY, "no-referrer");
            throw HttpError.forbidden("This sign-in link is not valid: it belongs to an Inkwell that has "
                    + "stopped since, or to another computer. Open the blog from Inkwell's menu entry or tray "
                    + "icon to get a fresh one.");
        }
        start(exchange, SessionKind.THIS_COMPUTER);
        Redirects.seeOther(exchange, SafeNext.of(query(exchange, "next")));
        return true;
    }

    /** A new session for this browser; the one it carried (if any) ends, so a planted session id is worth nothing. */
    void start(HttpServerExchange exchange, SessionKind kind) {
        OwnerRecognition.session(exchange).ifPresent(previous -> sessions.end(previous.id()));
        String device = DeviceName.from(exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
        OwnerCookie.set(exchange, sessions.start(kind, device, OwnerRecognition.address(exchange)));
        LOG.info("Owner signed in ({}) from {}, {}", kind, OwnerRecognition.address(exchange), device);
    }

    static String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
