package inkwell.posts;

import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import io.undertow.server.HttpServerExchange;
import java.util.Optional;

/** Turns whatever came in {@code ?page=} into the nearest page that exists. */
final class PageNumbers {
    private PageNumbers() {
    }

    static int nearestValid(String requested, int pages) {
        if (requested == null || !requested.matches("[0-9]+")) {
            return 1;
        }
        String digits = requested.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 9) {
            return pages;
        }
        int page = Integer.parseInt(digits);
        return Math.min(Math.max(page, 1), pages);
    }

    /**
     * The page of {@code listPath} ({@code /posts}, a tag's page) the request asks for; empty when it answered with
     * a redirect instead: anything but the one canonical spelling of an existing page ("0", "-3", "01", "x", past
     * the end, page 1 spelled out) goes to the nearest page that exists.
     */
    static Optional<Pagination> requested(HttpServerExchange exchange, long total, int pageSize, String listPath) {
        String requested = Query.first(exchange, "page");
        int pages = Pagination.pagesFor(total, pageSize);
        int page = nearestValid(requested, pages);
        Pagination pagination = new Pagination(page, pages, pageSize, listPath);
        if (requested != null && (page == 1 || !requested.equals(String.valueOf(page)))) {
            Redirects.found(exchange, pagination.pathOf(page));
            return Optional.empty();
        }
        return Optional.of(pagination);
    }
}
