package inkwell.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The launcher's secret for this run, as Jupyter's token: the browser Inkwell opens arrives at
 * {@code /signin?token=…}, which makes it the owner's. A new one is drawn at every start, so a link from a previous
 * run signs nobody in. It is written only to {@code inkwell.url} in the data folder (readable by its owner alone),
 * where a second launch and the owner's own scripts find it.
 */
public final class SignInToken {
    private final byte[] token;

    private SignInToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    public static SignInToken random() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new SignInToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Compared in constant time: how long a wrong guess takes says nothing about the right one. */
    boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    /** The link that signs the browser in and then shows {@code path} (a path on this blog, such as "/new"). */
    public String link(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String next = path.equals("/") ? "" : "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        return base + SignInPages.SIGN_IN + "?token=" + new String(token, StandardCharsets.US_ASCII) + next;
    }
}
