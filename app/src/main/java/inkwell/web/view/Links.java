package inkwell.web.view;

/**
 * How a page links to the blog's own addresses. Templates hand every internal link to it as the site path the
 * router knows ({@code /posts/4/hello}, {@code /posts?page=2}): the live server answers those paths as they
 * are, while a static site has to turn them into its files' addresses under its own base path.
 */
public interface Links {
    /** The href of a site path (a page, or a file such as {@code /feed.xml}). */
    String page(String sitePath);

    /** The URL of a file under {@code assets/}, e.g. {@code css/site.css}. */
    String asset(String asset);

    /** A site path as an absolute URL, for canonical links, link previews and feeds. */
    String absolute(String sitePath);
}
