package inkwell.posts;

import inkwell.web.http.Routes;

/** A tag as pages show it: the name as first written, and the slug its addresses use. */
public record Tag(String name, String slug) {

    public String path() {
        return Routes.tag(slug);
    }

    public String feedPath() {
        return Routes.tagFeed(slug);
    }
}
