package inkwell.web.view;

import inkwell.site.SiteSettings;
import inkwell.web.assets.AssetUrls;

/**
 * What every page's layout needs to know about the site: its settings (title, language …), whether it has an
 * About page, the absolute base URL (for canonical links and link previews) and the fingerprinted asset URLs.
 */
public record Site(SiteSettings settings, boolean hasAbout, String baseUrl, AssetUrls assets) {

    public String title() {
        return settings.title();
    }

    public String language() {
        return settings.language();
    }

    public String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
