package inkwell.auth;

import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Redirects;
import inkwell.web.security.Csrf;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Templates;
import inkwell.web.view.Viewer;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out. The launcher's link ({@code /signin?token=…}) signs this computer's browser in without a
 * prompt and redirects to the clean address (the token never stays in the address bar or the history); the
 * password form signs in from anywhere, within {@link SignInAttempts}' limits. Every sign-in starts a new session
 * (a session id planted before it is worth nothing) and ends the one the browser carried.
 */
public final class SignInPages {
    public static final String SIGN_IN = inkwell.web.http.Routes.SIGN_IN;
    public static final String SIGN_OUT = inkwell.web.http.Routes.SIGN_OUT;
    public static final String ACCOUNT = inkwell.web.http.Routes.ACCOUNT;
    private static final Logger LOG = LoggerFactory.getLogger(SignInPages.class);

    private final OwnerSessions sessions;
    private final OwnerPassword password;
    private final SignInLink link;
    private final SignInAttempts attempts;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();

    public SignInPages(OwnerSessions sessions, OwnerPassword password, SignInToken token, Templates templates,
                       Csrf csrf, java.time.Clock clock) {
        this.sessions = sessions;
        this.password = password;
        this.link = new SignInLink(sessions, token);
        this.attempts = new SignInAttempts(clock);
        this.templates = templates;
        this.csrf = csrf;
    }

    /** GET /signin: the launcher's link, or the sign-in page. */
    public void signIn(HttpServerExchange exchange) {
        String next = SafeNext.of(query(exchange, "next"));
        if (link.answer(exchange)) {
            return;
        }
        if (Viewer.isOwner(exchange)) {
            Redirects.seeOther(exchange, next);
            return;
        }
        sendSignIn(exchange, 200, next, FieldErrors.none(), null);
    }

    /** POST /signin: the owner password, from any device. */
    public void signInWithPassword(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        String next = SafeNext.of(form.get("next"));
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            sendSignIn(exchange, 403, next, FieldErrors.none(), "This page had expired. Type the password again.");
            return;
        }
        String address = OwnerRecognition.address(exchange);
        Duration wait = attempts.waitFor(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
            sendSignIn(exchange, 429, next, FieldErrors.none(), "Too many wrong passwords. Try again in "
                    + Duration.ofSeconds(seconds).toMinutesPart() + " min " + Duration.ofSeconds(seconds).toSecondsPart()
                    + " s. On the blog's own computer, opening it from Inkwell always signs you in.");
            return;
        }
        if (!password.matches(form.get("password"))) {
            attempts.failed(address);
            LOG.warn("Wrong owner password from {}", address);
            sendSignIn(exchange, 403, next, new FieldErrors(Map.of("password", password.isSet()
                    ? "That is not the owner password." : "This blog has no owner password yet.")), null);
            return;
        }
        attempts.succeeded(address);
        link.start(exchange, SessionKind.PASSWORD);
        Redirects.seeOther(exchange, next);
    }

    /** POST /signout: this browser only. */
    public void signOut(HttpServerExchange exchange) {
        requireToken(exchange, forms.read(exchange));
        OwnerRecognition.session(exchange).ifPresent(session -> sessions.end(session.id()));
        OwnerCookie.clear(exchange);
        Redirects.seeOther(exchange, "/");
    }

    public void account(HttpServerExchange exchange) {
        sendAccount(exchange, 200, FieldErrors.none(), null);
    }

    /** POST /account/password: sets or changes the password, then ends every other session. */
    public void changePassword(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        requireToken(exchange, form);
        if (password.isSet() && !password.matches(form.get("current"))) {
            sendAccount(exchange, 403, new FieldErrors(Map.of("current", "That is not the current password.")),
                    null);
            return;
        }
        Optional<String> problem = OwnerPassword.problem(form.get("password"), form.get("repeat"));
        if (problem.isPresent()) {
            sendAccount(exchange, 422, new FieldErrors(Map.of("password", problem.get())), null);
            return;
        }
        boolean had = password.isSet();
        password.change(form.get("password"));
        sessions.endAllBut(OwnerRecognition.session(exchange));
        LOG.info("Owner password {}; other sessions ended", had ? "changed" : "set");
        sendAccount(exchange, 200, FieldErrors.none(), (had ? "Password changed." : "Password set.")
                + " Every other signed-in browser was signed out.");
    }

    /** POST /account/password/remove: back to signing in through the launcher only. */
    public void removePassword(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        requireToken(exchange, form);
        if (!password.matches(form.get("current"))) {
            sendAccount(exchange, 403, new FieldErrors(Map.of("current", "That is not the current password.")),
                    null);
            return;
        }
        password.remove();
        sessions.list().stream().filter(session -> session.kind() == SessionKind.PASSWORD)
                .forEach(session -> sessions.end(session.id()));
        sendAccount(exchange, 200, FieldErrors.none(), "Password removed. Only this computer can write now.");
    }

    /** POST /account/sessions/{id}/end. */
    public void endSession(HttpServerExchange exchange) {
        requireToken(exchange, forms.read(exchange));
        String id = inkwell.web.http.Router.parameter(exchange, "id");
        boolean own = OwnerRecognition.session(exchange).map(session -> session.id().equals(id)).orElse(false);
        if (!sessions.end(id)) {
            throw HttpError.notFound("That session has already ended.");
        }
        if (own) {
            OwnerCookie.clear(exchange);
        }
        Redirects.seeOther(exchange, own ? "/" : ACCOUNT);
    }

    /** POST /account/sessions/end-all: sign out everywhere, this browser included. */
    public void endAll(HttpServerExchange exchange) {
        requireToken(exchange, forms.read(exchange));
        sessions.endAllBut(Optional.empty());
        OwnerCookie.clear(exchange);
        Redirects.seeOther(exchange, "/");
    }

    private void requireToken(HttpServerExchange exchange, Form form) {
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            throw HttpError.forbidden("This request did not carry a valid security token, so nothing changed. "
                    + "Open the page again and use its button.");
        }
    }

    private void sendSignIn(HttpServerExchange exchange, int status, String next, FieldErrors errors, String notice) {
        boolean plainFromAfar = "http".equals(exchange.getRequestScheme())
                && !OwnerRecognition.fromThisComputer(exchange);
        templates.send(exchange, status, "auth/signin.jte", new SignInPage(csrf.token(exchange), next,
                password.isSet(), plainFromAfar, errors, notice));
    }

    private void sendAccount(HttpServerExchange exchange, int status, FieldErrors errors, String notice) {
        String current = OwnerRecognition.session(exchange).map(OwnerSession::id).orElse("");
        templates.send(exchange, status, "auth/account.jte", new AccountPage(csrf.token(exchange), password.isSet(),
                sessions.list(), current, errors, notice));
    }

    private static String query(HttpServerExchange exchange, String name) {
        return SignInLink.query(exchange, name);
    }
}
