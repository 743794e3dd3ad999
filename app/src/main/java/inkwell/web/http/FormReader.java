package inkwell.web.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an {@code application/x-www-form-urlencoded} body with Undertow's own parser, as UTF-8 (its default
 * would be ISO-8859-1 and mangle every accent), within the size {@link BodyLimits} allowed (the body is already in memory).
 */
public final class FormReader {
    private final FormParserFactory parsers = FormParserFactory.builder(false)
            .addParser(new FormEncodedDataDefinition().setDefaultEncoding(StandardCharsets.UTF_8.name()))
            .build();

    /** Must run on a worker thread in blocking mode (see {@link WorkerDispatch}). */
    public Form read(HttpServerExchange exchange) {
        FormDataParser parser = parsers.createParser(exchange);
        if (parser == null) {
            String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
            throw new HttpError(415, "This address takes a web form (application/x-www-form-urlencoded), not "
                    + (type == null ? "a body without a content type" : type) + ".");
        }
        try (parser) {
            FormData data = parser.parseBlocking();
            Map<String, String> fields = new HashMap<>();
            for (String name : data) {
                FormData.FormValue value = data.getFirst(name);
                if (value != null && !value.isFileItem()) {
                    fields.put(name, value.getValue());
                }
            }
            return new Form(fields);
        } catch (IOException | RuntimeException e) {
            throw HttpError.badRequest("The form could not be read: it was cut short or is not valid form "
                    + "encoding. Go back and send it again.");
        }
    }
}
