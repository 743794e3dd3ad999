package inkwell.backup;

import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;
import java.util.Optional;

/**
 * The Backups page ({@code /backups}): the list, "Back up now", and "Restore" after a confirming step; and the
 * command line's {@code backup} and {@code restore}, signed with the command token, answered in plain text.
 */
public final class BackupPages {
    public static final String NOT_DERBY = "This blog keeps its posts in PostgreSQL, which Inkwell does not back up: "
            + "back it up with pg_dump (for example pg_dump --format=custom inkwell > inkwell.dump).";
    static final String EXPIRED = "The form needed a fresh security token: nothing was done. Press the button again.";

    private final Optional<Backups> backups;
    private final Restorer restorer;
    private final Templates templates;
    private final Csrf csrf;
    private final CommandToken commands;
    private final FormReader forms = new FormReader();

    public BackupPages(Optional<Backups> backups, Restorer restorer, Templates templates, Csrf csrf,
                       CommandToken commands) {
        this.backups = backups;
        this.restorer = restorer;
        this.templates = templates;
        this.csrf = csrf;
        this.commands = commands;
    }

    /** {@code GET /backups}; after a restore, the restored blog's first page says how it went. */
    public void list(HttpServerExchange exchange) {
        String made = Query.first(exchange, "made");
        String notice = null;
        boolean failed = false;
        if (made != null && backups.flatMap(all -> all.find(made)).isPresent()) {
            notice = "Backed up: " + made + ".";
        } else if (Query.first(exchange, "restored") != null) {
            Optional<RestoreOutcome> outcome = restorer.lastOutcome();
            notice = outcome.map(RestoreOutcome::message).orElse(null);
            failed = outcome.map(o -> !o.restored()).orElse(false);
        }
        send(exchange, 200, notice, failed);
    }

    /** {@code POST /backups}: "Back up now". */
    public void backUpNow(HttpServerExchange exchange) {
        Backups all = available();
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            send(exchange, 403, EXPIRED, true);
            return;
        }
        try {
            Manifest made = all.backUpNow(BackupReason.MANUAL);
            exchange.setStatusCode(303);
            exchange.getResponseHeaders().put(Headers.LOCATION, Routes.BACKUPS + "?made=" + made.name());
        } catch (BackupException e) {
            send(exchange, 503, e.getMessage(), true);
        }
    }

    /** {@code GET /backups/{name}/restore}: what will happen, and the button. */
    public void restoreConfirm(HttpServerExchange exchange) {
        Manifest backup = named(exchange);
        templates.send(exchange, 200, "backups/restore.jte",
                new RestorePage(BackupsPage.Row.of(backup), csrf.token(exchange), null));
    }

    /** {@code POST /backups/{name}/restore}: backs the current state up, then restores; the list says how it went. */
    public void restore(HttpServerExchange exchange) {
        Manifest backup = named(exchange);
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            templates.send(exchange, 403, "backups/restore.jte",
                    new RestorePage(BackupsPage.Row.of(backup), csrf.token(exchange), EXPIRED));
            return;
        }
        try {
            restorer.restoreSoon(backup);
            exchange.setStatusCode(303);
            exchange.getResponseHeaders().put(Headers.LOCATION, Routes.BACKUPS + "?restored=" + backup.name());
        } catch (BackupException e) {
            templates.send(exchange, 409, "backups/restore.jte",
                    new RestorePage(BackupsPage.Row.of(backup), csrf.token(exchange), e.getMessage()));
        }
    }

    /** {@code POST /backups/command}: the command line's {@code backup}. */
    public void backUpCommand(HttpServerExchange exchange) {
        signed(exchange);
        if (backups.isEmpty()) {
            text(exchange, 409, NOT_DERBY);
            return;
        }
        try {
            Manifest made = backups.get().backUpNow(BackupReason.MANUAL);
            text(exchange, 200, String.format("Backed up %,d %s into %s (%s).", made.posts(),
                    made.posts() == 1 ? "post" : "posts", backups.get().folderOf(made), made.megabytes()));
        } catch (BackupException e) {
            text(exchange, 503, e.getMessage());
        }
    }

    /** {@code POST /backups/command/restore?name=NAME}: starts the restore (202); its outcome is asked next. */
    public void restoreCommand(HttpServerExchange exchange) {
        signed(exchange);
        if (backups.isEmpty()) {
            text(exchange, 409, NOT_DERBY);
            return;
        }
        String name = Query.first(exchange, "name");
        Optional<Manifest> backup = backups.get().find(name);
        if (backup.isEmpty()) {
            text(exchange, 404, "There is no backup named " + name + ".");
            return;
        }
        try {
            restorer.restoreSoon(backup.get());
            text(exchange, 202, "Backed up the current state; restoring " + backup.get().name() + ".");
        } catch (BackupException e) {
            text(exchange, 409, e.getMessage());
        }
    }

    /** {@code GET /backups/command/restore}: held while a restore runs, then how it ended. */
    public void restoreOutcome(HttpServerExchange exchange) {
        signed(exchange);
        Optional<RestoreOutcome> outcome = restorer.lastOutcome();
        text(exchange, outcome.map(o -> o.restored() ? 200 : 500).orElse(404),
                outcome.map(RestoreOutcome::message).orElse("No restore has run."));
    }

    private void signed(HttpServerExchange exchange) {
        if (!commands.accepts(exchange)) {
            throw HttpError.forbidden("This address is for Inkwell's own command line, which signs its requests.");
        }
    }

    private static void text(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(message + "\n");
    }

    private Backups available() {
        return backups.orElseThrow(() -> new HttpError(409, NOT_DERBY));
    }

    /** The backup the path names; 404 for any other name, {@code ../} and the like included. */
    private Manifest named(HttpServerExchange exchange) {
        String name = Router.parameter(exchange, "name");
        return available().find(name).orElseThrow(() -> HttpError.notFound(
                "There is no backup of that name. The Backups page lists the ones there are."));
    }

    private void send(HttpServerExchange exchange, int status, String notice, boolean failed) {
        List<BackupsPage.Row> rows = backups.map(all -> all.list().stream().map(BackupsPage.Row::of).toList())
                .orElse(List.of());
        templates.send(exchange, status, "backups/list.jte",
                new BackupsPage(backups.isPresent(), rows, csrf.token(exchange), notice, failed));
    }
}
