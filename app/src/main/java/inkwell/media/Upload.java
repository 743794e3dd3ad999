package inkwell.media;

import io.undertow.server.BlockingHttpExchange;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One upload's form, read with Undertow's own multipart parser, which writes the file part to
 * {@code media/.incoming} as it arrives and stops at 20 MiB (the body as a whole was bounded before, in
 * {@code BodyLimits}). Closing it removes whatever it wrote.
 */
final class Upload implements AutoCloseable {
    static final String FILE_FIELD = "file";

    private final FormDataParser parser;
    private final FormData data;
    private final Path incoming;
    private Path copied;

    private Upload(FormDataParser parser, FormData data, Path incoming) {
        this.parser = parser;
        this.data = data;
        this.incoming = incoming;
    }

    /** Must run on a worker thread in blocking mode. */
    static Upload read(HttpServerExchange exchange, Path incoming) {
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(incoming);
        multipart.setDefaultEncoding(StandardCharsets.UTF_8.name());
        multipart.setMaxIndividualFileSize(ImageLimits.MAX_FILE_BYTES);
        multipart.setFileSizeThreshold(0);
        FormDataParser parser = FormParserFactory.builder(false).addParsers(multipart).build().createParser(exchange);
        if (parser == null) {
            String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
            throw new ImageRefused(415, "Images are sent as a file upload (multipart/form-data), not as "
                    + (type == null ? "a body without a content type" : type) + ".");
        }
        String boundary = Headers.extractQuotedValueFromHeader(
                exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE), "boundary");
        if (boundary != null) {
            // startBlocking() hands back the streams in use (installing fresh ones, which this then replaces).
            BlockingHttpExchange inUse = exchange.startBlocking();
            if (inUse == null) {
                inUse = exchange.startBlocking();
            }
            exchange.startBlocking(BoundedPartHeaders.around(inUse, boundary));
        }
        try {
            return new Upload(parser, parser.parseBlocking(), incoming);
        } catch (IOException | RuntimeException e) {
            closeQuietly(parser);
            if (isTooLarge(e)) {
                throw new ImageRefused(413, ImageLimits.tooLarge());
            }
            throw new ImageRefused(400, "The upload could not be read: it was cut short, or is not a valid file "
                    + "upload (multipart/form-data). Nothing was stored; choose the image again.");
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("FileTooLargeException") || name.equals("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    /** A plain field of the form (the CSRF token). */
    String field(String name) {
        FormData.FormValue value = data.getFirst(name);
        return value == null || value.isFileItem() ? null : value.getValue();
    }

    /** The chosen file, on disk; empty when the form carried none. */
    Optional<Path> file() throws IOException {
        FormData.FormValue value = data.getFirst(FILE_FIELD);
        if (value == null || !value.isFileItem()) {
            return Optional.empty();
        }
        FormData.FileItem item = value.getFileItem();
        if (!item.isInMemory()) {
            return Optional.of(item.getFile());
        }
        copied = Files.createTempFile(incoming, "upload-", ".tmp");
        item.write(copied);
        return Optional.of(copied);
    }

    @Override
    public void close() throws IOException {
        for (String name : data) {
            for (FormData.FormValue value : data.get(name)) {
                if (value.isFileItem()) {
                    value.getFileItem().delete();
                }
            }
        }
        if (copied != null) {
            Files.deleteIfExists(copied);
        }
        closeQuietly(parser);
    }

    private static void closeQuietly(FormDataParser parser) {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing left to free that matters; the incoming folder is emptied at the next start anyway
        }
    }
}
