package inkwell.media;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The upload's answer to the editor's script: {@code {"url": …, "width": …, "height": …}} or
 * {@code {"error": …}}. Two flat objects of our own strings need no JSON library, only escaping.
 */
final class JsonAnswer {
    private JsonAnswer() {
    }

    static void stored(HttpServerExchange exchange, MediaName name, PreparedImage image) {
        send(exchange, 201, "{\"url\":" + string(name.path()) + ",\"width\":" + image.width() + ",\"height\":"
                + image.height() + "}");
    }

    static void refused(HttpServerExchange exchange, int status, String message) {
        send(exchange, status, "{\"error\":" + string(message) + "}");
    }

    private static void send(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<' -> json.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Whether the request asked for JSON (the editor's script does; a plain form does not). */
    static boolean wanted(HttpServerExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        return accept != null && accept.contains("application/json");
    }
}
