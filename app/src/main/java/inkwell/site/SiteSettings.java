package inkwell.site;

import java.util.Optional;

/**
 * The blog's own settings, edited on the Settings page and kept in the database (so they travel with backups
 * and exports): what readers see of the blog as a whole. Machine settings (port, bind, data folder) stay in
 * {@link inkwell.settings.Settings}.
 *
 * @param title          the blog's name, in every page's header and title
 * @param description    one line under the title, in the home page's meta description and the feed's subtitle
 * @param author         the write form's default author, and the published site's commit author
 * @param publicAddress  where readers find the published blog; canonical, feed and sitemap URLs use it when set
 * @param language       the pages' {@code lang}, a BCP 47 tag such as {@code en} or {@code pt-BR}
 * @param postsPerPage   how many posts a list page shows
 * @param about          the About page's text, in Markdown (empty: no About page)
 */
public record SiteSettings(String title, String description, String author, Optional<PublicAddress> publicAddress,
                           String language, int postsPerPage, String about) {

    public static final String DEFAULT_TITLE = "Inkwell";
    public static final String DEFAULT_LANGUAGE = "en";
    public static final int DEFAULT_POSTS_PER_PAGE = 10;

    /** These settings with another public address (a publish with {@code --base-url}). */
    public SiteSettings withPublicAddress(PublicAddress address) {
        return new SiteSettings(title, description, author, Optional.of(address), language, postsPerPage, about);
    }

    public static SiteSettings defaults() {
        return titled(DEFAULT_TITLE);
    }

    /** The defaults under another title: the machine settings' {@code --site-title}, before any is saved. */
    public static SiteSettings titled(String title) {
        return new SiteSettings(title, "", "", Optional.empty(), DEFAULT_LANGUAGE, DEFAULT_POSTS_PER_PAGE, "");
    }
}
