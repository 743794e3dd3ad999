package inkwell.posts;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Remembers the author name last used in this browser, to pre-fill the next form. */
final class AuthorCookie {
    private static final String NAME = "inkwell_author";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private AuthorCookie() {
    }

    static Optional<String> read(HttpServerExchange exchange) {
        Cookie cookie = exchange.getRequestCookie(NAME);
        if (cookie == null) {
            return Optional.empty();
        }
        try {
            String name = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
            return name.codePointCount(0, name.length()) <= PostValidator.MAX_AUTHOR ? Optional.of(name)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void write(HttpServerExchange exchange, String author) {
        exchange.setResponseCookie(new CookieImpl(NAME, URLEncoder.encode(author, StandardCharsets.UTF_8))
                .setPath("/").setMaxAge(ONE_YEAR).setHttpOnly(true).setSameSiteMode("Strict"));
    }
}
