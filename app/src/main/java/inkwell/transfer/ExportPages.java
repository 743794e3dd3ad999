package inkwell.transfer;

import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /export} shows what an export holds; {@code POST /export} (with the form's token) downloads it, as
 * {@code inkwell-export-2026-12-01.zip}, streamed as it is written.
 */
public final class ExportPages {
    private static final Logger LOG = LoggerFactory.getLogger(ExportPages.class);
    static final String EXPIRED = "The download needs a fresh security token: press Download export again.";

    /** Sent to the command line before the zip: how many posts it holds. */
    public static final String POSTS_HEADER = "X-Inkwell-Posts";

    private final Exports exports;
    private final Templates templates;
    private final Csrf csrf;
    private final CommandToken commands;
    private final Clock clock;
    private final FormReader forms = new FormReader();

    public ExportPages(Exports exports, Templates templates, Csrf csrf, CommandToken commands, Clock clock) {
        this.exports = exports;
        this.templates = templates;
        this.csrf = csrf;
        this.commands = commands;
        this.clock = clock;
    }

    public void show(HttpServerExchange exchange) {
        templates.send(exchange, 200, "transfer/export.jte", page(exchange, null));
    }

    public void download(HttpServerExchange exchange) {
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            templates.send(exchange, 403, "transfer/export.jte", page(exchange, EXPIRED));
            return;
        }
        String name = "inkwell-export-" + LocalDate.now(clock) + ".zip";
        exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        stream(exchange);
    }

    /** {@code POST /export/command}: the command line's {@code export}, signed with the command token. */
    public void command(HttpServerExchange exchange) {
        if (!commands.accepts(exchange)) {
            throw HttpError.forbidden("This address is for Inkwell's own command line, which signs its requests.");
        }
        long[] counts = exports.counts();
        exchange.getResponseHeaders().put(new HttpString(POSTS_HEADER), counts[0] + counts[1]);
        stream(exchange);
    }

    private void stream(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/zip");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.startBlocking();
        try (OutputStream out = exchange.getOutputStream()) {
            int count = exports.archive().write(out);
            LOG.info("Exported {} posts", count);
        } catch (IOException e) {
            // The browser went away mid-download: nothing to undo, an export changes nothing.
            LOG.info("An export download stopped: {}", e.getMessage());
        }
    }

    private ExportPage page(HttpServerExchange exchange, String notice) {
        long[] counts = exports.counts();
        return new ExportPage(counts[0], counts[1], csrf.token(exchange), notice);
    }
}
