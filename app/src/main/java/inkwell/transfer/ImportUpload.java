package inkwell.transfer;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Import page's upload, read by Undertow's multipart parser straight to the import's temporary folder (never
 * whole in memory), stopping at {@link ImportPages#MAX_UPLOAD_BYTES}; the body as a whole was bounded before, in
 * {@code BodyLimits}. Closing it removes whatever the parser wrote.
 */
final class ImportUpload implements AutoCloseable {
    static final String FILE_FIELD = "source";

    private final FormDataParser parser;
    private final FormData data;

    private ImportUpload(FormDataParser parser, FormData data) {
        this.parser = parser;
        this.data = data;
    }

    /** Must run on a worker thread; throws {@link ImportRefused} with a plain reason for a body it cannot read. */
    static ImportUpload read(HttpServerExchange exchange, Path folder) throws ImportRefused {
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(folder);
        multipart.setDefaultEncoding(StandardCharsets.UTF_8.name());
        multipart.setMaxIndividualFileSize(ImportPages.MAX_UPLOAD_BYTES);
        multipart.setFileSizeThreshold(0);
        FormDataParser parser = FormParserFactory.builder(false).addParsers(multipart).build().createParser(exchange);
        if (parser == null) {
            throw new ImportRefused("Choose a file to import: the form sends it as a file upload.");
        }
        exchange.startBlocking();
        try {
            return new ImportUpload(parser, parser.parseBlocking());
        } catch (IOException | RuntimeException e) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // the temporary folder is emptied at the next start anyway
            }
            throw new ImportRefused(String.format("The upload could not be read: it was cut short, or larger than "
                    + "%,d MiB, the most the Import page takes (import a larger one from the command line).",
                    ImportPages.MAX_UPLOAD_BYTES >> 20));
        }
    }

    String field(String name) {
        FormData.FormValue value = data.getFirst(name);
        return value == null || value.isFileItem() ? null : value.getValue();
    }

    /** Moves the chosen file to {@code target}; empty when the form carried no file (or an empty one). */
    Optional<Path> keep(Path target) throws IOException {
        FormData.FormValue value = data.getFirst(FILE_FIELD);
        if (value == null || !value.isFileItem() || value.getFileItem().getFileSize() == 0) {
            return Optional.empty();
        }
        value.getFileItem().write(target);
        return Optional.of(target);
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
        parser.close();
    }
}
