package inkwell.posts;

import inkwell.web.http.Routes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses a post had on the blog it came from (a WordPress permalink such as {@code /2019/03/14/slug} or
 * {@code /archives/123}), kept as permanent redirects to the post. An address is stored as a path alone: no host,
 * no query, percent-decoded once, {@code //} collapsed, no trailing slash, case kept; WordPress's
 * {@code ?p=123} is stored as {@link #byNumber}. A request's path is put in the same form to look it up.
 */
public final class OldAddresses {
    /** Longer paths are neither stored nor looked up (WordPress's own slugs stop at 200 characters). */
    public static final int MAX_LENGTH = 400;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private OldAddresses() {
    }

    /** WordPress's address by post number, {@code /?p=123} (also {@code /index.php?p=123}). */
    public static String byNumber(String number) {
        return "/?p=" + number;
    }

    /** The WordPress post number of a query's {@code p}, when it is one (junk is no number). */
    public static Optional<String> number(String p) {
        return p != null && NUMBER.matcher(p).matches() ? Optional.of(p.replaceFirst("^0+(?=.)", ""))
                : Optional.empty();
    }

    /**
     * A link's path in stored form: {@code https://old.example/2019/03/a%C3%A9/?x=1} gives {@code /2019/03/aé};
     * empty for a link without one (no path, only the home page).
     */
    public static Optional<String> pathOf(String link) {
        String path = link.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        int end = indexOfAny(path, "?#");
        path = end < 0 ? path : path.substring(0, end);
        return path.startsWith("/") ? Optional.of(normalized(decoded(path))).filter(found -> !found.equals("/"))
                : Optional.empty();
    }

    /** A request's path (already decoded by the server) in stored form, or empty when it cannot be one. */
    public static Optional<String> requested(String path) {
        if (path.length() > MAX_LENGTH + 1 || CONTROL.matcher(path).find()) {
            return Optional.empty();
        }
        // Bounded before any lookup: a longer value would not fit the column's parameter.
        return Optional.of(normalized(path)).filter(found -> found.length() <= MAX_LENGTH);
    }

    /** Why an address cannot be kept, or empty when it can: it must never shadow one of Inkwell's own. */
    public static Optional<String> problem(String path) {
        if (path.startsWith(byNumber("")) && NUMBER.matcher(path.substring(byNumber("").length())).matches()) {
            return Optional.empty();
        }
        if (path.contains("?")) { // only WordPress's number has one; a decoded %3F would pass for it
            return Optional.of("it holds a ? after percent-decoding");
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of(String.format("it is longer than %,d characters", MAX_LENGTH));
        }
        if (CONTROL.matcher(path).find() || ("/" + path + "/").contains("/../") || ("/" + path + "/")
                .contains("/./")) {
            return Optional.of("it holds a control character or a . or .. segment");
        }
        if (Routes.isInkwellAddress(path)) {
            return Optional.of("it is one of Inkwell's own addresses");
        }
        return Optional.empty();
    }

    static String normalized(String path) {
        String single = path.replaceAll("/{2,}", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    /** Percent-decoding done once, as UTF-8; a {@code %} not followed by two hex digits stays as it is. */
    static String decoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw[i + 2], 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
