package inkwell.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery defence: one token per browser session, kept in a SameSite=Strict, HttpOnly
 * cookie and repeated in a hidden {@code _csrf} field of every form; a POST is accepted only when both match.
 * Tokens are signed with a key kept in the data folder, so a cookie planted by another site is worthless and a
 * form opened before a restart still saves after it.
 */
public final class Csrf {
    public static final String FIELD = "_csrf";
    static final String COOKIE = "inkwell_csrf";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    // Per thread, so that busy IO threads issuing tokens to many new visitors never queue on one generator's lock.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private final ThreadLocal<Mac> macs;

    public Csrf(byte[] key) {
        SecretKeySpec secret = new SecretKeySpec(key.clone(), "HmacSHA256");
        // Looking a Mac up and keying it costs more than signing; each thread keeps its own, ready to use.
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        });
    }

    /** The browser's token, issuing a new one (and its cookie) when it has none or a forged one. */
    public String token(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(COOKIE);
        if (cookie != null && isGenuine(cookie.getValue())) {
            return cookie.getValue();
        }
        Object issued = exchange.getAttachment(ISSUED);
        if (issued != null) {
            return (String) issued;
        }
        String token = newToken();
        exchange.putAttachment(ISSUED, token);
        exchange.setResponseCookie(new CookieImpl(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSiteMode("Strict"));
        return token;
    }

    private static final io.undertow.util.AttachmentKey<String> ISSUED =
            io.undertow.util.AttachmentKey.create(String.class);

    /** Whether the submitted field matches this browser's cookie and both carry our signature. */
    public boolean accepts(HttpServerExchange exchange, String submitted) {
        Cookie cookie = exchange.getRequestCookie(COOKIE);
        if (cookie == null || submitted == null || submitted.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII)) && isGenuine(submitted);
    }

    private String newToken() {
        byte[] nonce = new byte[18];
        RANDOM.get().nextBytes(nonce);
        String nonceText = ENCODER.encodeToString(nonce);
        return nonceText + "." + sign(nonceText);
    }

    private boolean isGenuine(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return false;
        }
        String expected = sign(token.substring(0, dot));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String nonce) {
        // doFinal resets the Mac for the next use on this thread.
        return ENCODER.encodeToString(macs.get().doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
    }
}
