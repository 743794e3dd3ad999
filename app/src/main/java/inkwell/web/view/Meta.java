package inkwell.web.view;

import java.time.Instant;

/**
 * The head of a page: its title, a description for search results and link previews, its canonical path and,
 * for posts, the OpenGraph article facts.
 */
public record Meta(String title, String description, String canonicalPath, boolean article,
                   Instant publishedTime, Instant modifiedTime, boolean indexable) {

    public static Meta page(String title, String description, String canonicalPath) {
        return new Meta(title, description, canonicalPath, false, null, null, true);
    }

    /** Forms, confirmations and errors: useful to the writer, useless in a search index. */
    public static Meta privatePage(String title, String canonicalPath) {
        return new Meta(title, "", canonicalPath, false, null, null, false);
    }

    public static Meta article(String title, String description, String canonicalPath, Instant published,
                               Instant modified) {
        return new Meta(title, description, canonicalPath, true, published, modified, true);
    }
}
