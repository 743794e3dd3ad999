package inkwell.transfer;

import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /import} shows the form; {@code POST /import} (a file upload) shows what WILL be imported and keeps the
 * file under a random id in the data folder's temporary area; {@code POST /import/confirm} imports it and shows the
 * report. {@code POST /import/command} is the command line's import, signed with the command token.
 */
public final class ImportPages {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPages.class);
    /** The most the Import page takes; the command line imports larger sources from the disk. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    static final String EXPIRED = "The form needs a fresh security token: choose the file and send it again.";
    static final String GONE = "That upload is no longer kept (Inkwell restarted, or it was imported already): "
            + "choose the file again.";
    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Imports imports;
    private final Templates templates;
    private final Csrf csrf;
    private final CommandToken commands;
    private final FormReader forms = new FormReader();

    public ImportPages(Imports imports, Templates templates, Csrf csrf, CommandToken commands) {
        this.imports = imports;
        this.templates = templates;
        this.csrf = csrf;
        this.commands = commands;
    }

    public void show(HttpServerExchange exchange) {
        send(exchange, 200, null, null, null);
    }

    public void upload(HttpServerExchange exchange) throws IOException {
        Path kept = null;
        try (ImportUpload upload = ImportUpload.read(exchange, imports.temporary())) {
            if (!csrf.accepts(exchange, upload.field(Csrf.FIELD))) {
                send(exchange, 403, EXPIRED, null, null);
                return;
            }
            String id = UUID.randomUUID().toString();
            kept = upload.keep(imports.temporary().resolve(id + ".upload")).orElse(null);
            if (kept == null) {
                send(exchange, 422, "Choose the file to import (an Inkwell export, or a zip of a Jekyll or Hugo "
                        + "site).", null, null);
                return;
            }
            ImportReport report = imports.preview(kept);
            send(exchange, 200, null, report, id);
            kept = null; // kept for the confirmation
        } catch (ImportRefused e) {
            send(exchange, 422, e.getMessage(), null, null);
        } finally {
            if (kept != null) {
                Files.deleteIfExists(kept);
            }
        }
    }

    public void confirm(HttpServerExchange exchange) throws Exception {
        Form form = forms.read(exchange);
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            send(exchange, 403, EXPIRED, null, null);
            return;
        }
        String id = form.get("upload");
        Path kept = id != null && UPLOAD_ID.matcher(id).matches() ? imports.temporary().resolve(id + ".upload") : null;
        if (kept == null || !Files.isRegularFile(kept)) {
            send(exchange, 410, GONE, null, null);
            return;
        }
        try {
            send(exchange, 200, null, imports.run(kept), null);
        } catch (ImportRefused e) {
            send(exchange, 422, e.getMessage(), null, null);
        } finally {
            Files.deleteIfExists(kept);
        }
    }

    /** The command line's import: the source is a path on this computer; the answer is the report as text. */
    public void command(HttpServerExchange exchange) throws Exception {
        if (!commands.accepts(exchange)) {
            throw HttpError.forbidden("This address is for Inkwell's own command line, which signs its requests.");
        }
        String source = forms.read(exchange).get("source");
        if (source == null || source.isBlank()) {
            throw new HttpError(422, "say what to import");
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        try {
            String report = imports.run(Path.of(source)).text();
            exchange.getResponseSender().send(report);
        } catch (ImportRefused e) {
            exchange.setStatusCode(422);
            exchange.getResponseSender().send(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("An import failed; nothing was written", e);
            exchange.setStatusCode(500);
            exchange.getResponseSender().send("the import failed and nothing was written: " + e.getMessage());
        }
    }

    private void send(HttpServerExchange exchange, int status, String error, ImportReport report, String upload) {
        templates.send(exchange, status, "transfer/import.jte", new ImportPage(csrf.token(exchange), error, report,
                upload));
    }
}
