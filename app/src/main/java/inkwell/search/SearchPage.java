package inkwell.search;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;

/**
 * The search page: the query as typed, and either a message (the index is being built, the query cannot be
 * understood) or a page of results. {@code atLeast} says {@code total} is a lower bound: past a thousand
 * matches Lucene stops counting, and a reader needs no exact number there.
 */
public record SearchPage(String query, String message, List<SearchResult> results, long total, boolean atLeast,
                         int page, int pages) implements PageModel {

    static SearchPage blank() {
        return new SearchPage("", null, List.of(), 0, false, 1, 1);
    }

    static SearchPage saying(String query, String message) {
        return new SearchPage(query, message, List.of(), 0, false, 1, 1);
    }

    @Override
    public Meta meta() {
        // Result pages change with every post: no use to a search engine, and no canonical address.
        return Meta.privatePage(query.isEmpty() ? "Search" : "Search: " + query, null);
    }

    public boolean searched() {
        return !query.isEmpty() && message == null;
    }

    public String countLabel() {
        String count = String.format("%,d", total);
        return total == 1 ? "1 post found" : (atLeast ? "More than " : "") + count + " posts found";
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String pagePath(int number) {
        return Routes.search(query, number);
    }
}
