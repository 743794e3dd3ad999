package inkwell.articles;

import io.undertow.server.HttpServerExchange;
import java.util.Deque;

/** Query-string access that treats a missing parameter and an empty list alike. */
final class Query {
    private Query() {
    }

    static String first(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
