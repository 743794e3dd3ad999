package inkwell.web.view;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

/**
 * Who a page is rendered for. The owner gets the writing tools (Write, Edit, Delete, Stop), view counts and
 * dates relative to now. A visitor of the live blog gets the blog and its search, nothing more: no controls, no
 * counters. A reader of the static site gets the same as a visitor minus what needs a server (search), with dates
 * that do not go stale in a page written once.
 */
public enum Viewer {
    OWNER,
    VISITOR,
    READER;

    private static final AttachmentKey<Viewer> KEY = AttachmentKey.create(Viewer.class);

    /** Set once per request, on the IO thread, before anything reads it (see the owner recognition filter). */
    public static void attach(HttpServerExchange exchange, Viewer viewer) {
        exchange.putAttachment(KEY, viewer);
    }

    /** The request's viewer; a request nobody recognised is a visitor's. */
    public static Viewer of(HttpServerExchange exchange) {
        Viewer viewer = exchange.getAttachment(KEY);
        return viewer == null ? VISITOR : viewer;
    }

    public static boolean isOwner(HttpServerExchange exchange) {
        return of(exchange) == OWNER;
    }
}
