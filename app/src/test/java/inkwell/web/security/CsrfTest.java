package inkwell.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Csrf over a real loopback Undertow: {@code GET /{key}/token} answers {@code token()}, {@code POST /{key}/check
 * ?field=…} answers whether {@code accepts()} took the field with the request's cookies. Keys "a" and "b" stand
 * for two data folders (or an attacker's own Inkwell); "restarted" is key "a" read again after a restart.
 */
class CsrfTest {
    private static final byte[] KEY_A = filled(1);
    private static final Map<String, Csrf> BY_KEY = Map.of("a", new Csrf(KEY_A), "b", new Csrf(filled(2)),
            "restarted", new Csrf(KEY_A.clone()));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Undertow server;
    private static String base;

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    @BeforeAll
    static void start() {
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(CsrfTest::handle).build();
        server.start();
        base = "http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void handle(HttpServerExchange exchange) {
        Csrf csrf = BY_KEY.get(exchange.getRequestPath().split("/")[1]);
        if (exchange.getRequestPath().endsWith("/token")) {
            exchange.getResponseSender().send(csrf.token(exchange));
        } else {
            Deque<String> field = exchange.getQueryParameters().get("field");
            boolean accepted = csrf.accepts(exchange, field == null ? null : field.getFirst());
            exchange.getResponseSender().send(accepted ? "accepted" : "refused");
        }
    }

    private static HttpResponse<String> getToken(String key, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + key + "/token"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String issued(String key) throws Exception {
        return getToken(key, null).body();
    }

    /** Posts {@code field} (null: no field) with the given Cookie header (null: none) to key "a". */
    private static String check(String cookie, String field) throws Exception {
        String query = field == null ? "" : "?field=" + URLEncoder.encode(field, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/a/check" + query))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String cookie(String token) {
        return Csrf.COOKIE + "=" + token;
    }

    @Test
    void aNewBrowserGetsASignedTokenInAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> response = getToken("a", null);
        String token = response.body();
        assertTrue(token.matches("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{43}"), token);
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(cookie(token) + ";"), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                && setCookie.contains("Path=/"), setCookie);
        assertNotEquals(token, issued("a"), "each browser gets its own token");
    }

    @Test
    void aBrowserKeepsItsTokenAndItIsAccepted() throws Exception {
        String token = issued("a");
        HttpResponse<String> again = getToken("a", cookie(token));
        assertEquals(token, again.body());
        assertEquals(Optional.empty(), again.headers().firstValue("Set-Cookie"), "no new cookie");
        assertEquals("accepted", check(cookie(token), token));
        assertEquals("accepted", check("other=1; " + cookie(token) + "; more=2", token), "among other cookies");
    }

    @Test
    void aTokenSurvivesARestartWithTheSameKey() throws Exception {
        String token = issued("restarted");
        assertEquals("accepted", check(cookie(token), token), "a form opened before a restart still saves");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedAndReplaced() throws Exception {
        String foreign = issued("b");
        assertEquals("refused", check(cookie(foreign), foreign), "a cookie planted by another site is worthless");
        HttpResponse<String> replaced = getToken("a", cookie(foreign));
        assertNotEquals(foreign, replaced.body());
        assertTrue(replaced.headers().firstValue("Set-Cookie").orElseThrow().startsWith(cookie(replaced.body())));
    }

    @Test
    void aMissingCookieOrFieldIsRefused() throws Exception {
        String token = issued("a");
        assertEquals("refused", check(null, token));
        assertEquals("refused", check("inkwell_csrf_other=" + token, token));
        assertEquals("refused", check(cookie(token), null));
        assertEquals("refused", check(cookie(token), ""));
        assertEquals("refused", check(cookie(""), ""));
    }

    @Test
    void twoGenuineTokensThatDifferAreRefused() throws Exception {
        assertEquals("refused", check(cookie(issued("a")), issued("a")));
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = issued("a");
        int dot = token.indexOf('.');
        String badSignature = token.substring(0, dot + 1) + flip(token.charAt(dot + 1)) + token.substring(dot + 2);
        String badNonce = flip(token.charAt(0)) + token.substring(1);
        for (String forged : new String[] {badSignature, badNonce, token.substring(0, dot), token.substring(0, dot + 1),
                "." + token.substring(dot + 1), token + "A", token.substring(0, token.length() - 1),
                token.substring(0, dot) + "." + token.substring(0, dot), token + "." + token}) {
            assertEquals("refused", check(cookie(forged), forged), forged);
            assertNotEquals(forged, getToken("a", cookie(forged)).body(), "a forged cookie is replaced");
        }
    }

    private static char flip(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    /**
     * Timing cannot be measured reliably in a test, so this checks the code: tokens are compared only with
     * MessageDigest.isEqual (whose time does not depend on where the first difference is), never equals().
     */
    @Test
    void tokensAreComparedInConstantTime() throws Exception {
        String source = Files.readString(Path.of("src/main/java/inkwell/web/security/Csrf.java"));
        assertEquals(2, source.split("MessageDigest\\.isEqual\\(", -1).length - 1, "cookie/field and signature");
        assertFalse(source.matches("(?s).*\\.(equals|contentEquals|compareTo)\\(.*"), "no early-exit comparison");
    }
}
