package inkwell.web.view;

import inkwell.web.assets.AssetUrls;

/**
 * What every page's layout needs to know about the site: its title, the absolute base URL (for canonical
 * links and link previews) and the fingerprinted asset URLs.
 */
public record Site(String title, String baseUrl, AssetUrls assets) {

    public String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
