package inkwell.web.view;

import inkwell.site.SiteSettings;
import inkwell.web.assets.AssetUrls;
import inkwell.web.http.Routes;

/**
* What every page's layout needs to know about the site: its settings (title, language …), whether it has an
 * About page, how to link to its own pages and assets (live, or as files of a static site) and for whom the page
 * is rendered. Templates never write an internal address themselves: they pass the route to {@link #link} or
 * {@link #asset}.
 */
public record Site(SiteSettings settings, boolean hasAbout, Links links, Viewer viewer) {

    public String title() {
        return settings.title();
    }

    public String language() {
        return settings.language();
    }

    /** The running blog as {@code viewer} sees it, at the address it was opened at. */
    public static Site live(SiteSettings settings, boolean hasAbout, String baseUrl, AssetUrls assets,
                            Viewer viewer) {
        return new Site(settings, hasAbout, new LiveLinks(baseUrl, assets), viewer);
    }

    /** The href of a site path such as {@link Routes#POSTS} or a post's path. */
    public String link(String sitePath) {
        return links.page(sitePath);
    }

    /** The URL of an asset, e.g. {@code asset("css/site.css")}. */
    public String asset(String asset) {
        return links.asset(asset);
    }

    public String absolute(String sitePath) {
        return links.absolute(sitePath);
    }

    /** The site's home as an absolute URL, ending in a slash. */
    public String baseUrl() {
        return links.absolute(Routes.HOME);
    }

    /** True when the page must hold nothing but what readers may see: a visitor's page or a static file. */
    public boolean reader() {
        return viewer != Viewer.OWNER;
    }

    /** True for a page of the static site, which has no server behind it (no search, no forms). */
    public boolean staticFile() {
        return viewer == Viewer.READER;
    }
}
