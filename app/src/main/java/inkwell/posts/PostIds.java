package inkwell.posts;

import inkwell.web.http.HttpError;
import inkwell.web.http.Router;
import io.undertow.server.HttpServerExchange;

/**
 * Reads the post id from the URL, and only from the URL. Only ASCII digits are ids ("abc", "-1", Arabic-Indic
 * digits and numbers past any real id are 404s); leading zeros still find the post and redirect.
 */
final class PostIds {
    private PostIds() {
    }

    static long from(HttpServerExchange exchange) {
        String text = Router.parameter(exchange, "id");
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw HttpError.notFound("There is no post at this address.");
        }
        long id = Long.parseLong(text);
        if (id <= 0) {
            throw HttpError.notFound("There is no post at this address.");
        }
        return id;
    }
}
