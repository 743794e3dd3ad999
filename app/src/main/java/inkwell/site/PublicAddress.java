package inkwell.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where readers find the published blog, e.g. {@code https://ada.github.io/notes/}: an absolute http(s) URL
 * with a host, no query, user info or fragment, and always ending in a slash (a sub-path is a folder).
 */
public record PublicAddress(URI uri) {

    public PublicAddress {
        if (uri == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute address");
        }
    }

    /**
     * Reads what a user typed. Empty text means "not set"; anything else that is not a plain http(s) address
     * is refused with a message fit to show beside the field.
     */
    public static Optional<PublicAddress> parse(String text) throws InvalidAddress {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() > 500) {
            throw new InvalidAddress("The public address is too long (500 characters at most).");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidAddress("The public address is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidAddress("The public address must start with https:// or http://.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidAddress("The public address needs a host name, like https://example.org/.");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidAddress("The public address cannot have a user name, a ?query or a #fragment.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return Optional.of(new PublicAddress(URI.create(scheme + "://" + host + port + path)));
    }

    /** The address as text, ending in a slash: {@code https://ada.github.io/notes/}. */
    public String base() {
        return uri.toString();
    }

    /** The path part, ending in a slash: {@code /notes/}, or {@code /} at a domain's root. */
    public String basePath() {
        return uri.getRawPath();
    }

    public String host() {
        return uri.getHost();
    }

    /** A site path such as {@code /posts/4/hello} as an absolute address under this one. */
    public String absolute(String sitePath) {
        return base() + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }

    /** A public address that the user typed but cannot be used; the message says why, in plain words. */
    public static final class InvalidAddress extends Exception {
        public InvalidAddress(String message) {
            super(message);
        }
    }
}
