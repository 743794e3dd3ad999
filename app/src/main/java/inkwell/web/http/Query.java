package inkwell.web.http;

import io.undertow.server.HttpServerExchange;
import java.util.Deque;

/** Query-string access that treats a missing parameter and an empty list alike. */
public final class Query {
    private Query() {
    }

    public static String first(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
