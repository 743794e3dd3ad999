package inkwell.search;

import inkwell.web.http.Query;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;

/** {@code GET /search?q=…&page=N}: every query text gets a page (results or a plain message), always 200. */
public final class SearchPages {
    private final Searching searching;
    private final Templates templates;

    public SearchPages(SearchIndex index, Templates templates) {
        this.searching = new Searching(index);
        this.templates = templates;
    }

    public void search(HttpServerExchange exchange) {
        SearchPage page = searching.search(Query.first(exchange, "q"), pageNumber(Query.first(exchange, "page")));
        templates.send(exchange, 200, "search/results.jte", page);
    }

    /** Anything but a page number reads as the first page; past the last, the last. */
    private static int pageNumber(String value) {
        if (value == null || !value.matches("[0-9]{1,4}")) {
            return 1;
        }
        return Integer.parseInt(value);
    }
}
