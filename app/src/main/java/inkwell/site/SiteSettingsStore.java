package inkwell.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site settings in the database, as named values. Reading is forgiving (a value this version cannot use
 * falls back to its default, with a warning, so a hand-edited or newer database still opens); writing stores
 * every setting in one transaction.
 */
final class SiteSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SiteSettingsStore.class);
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String AUTHOR = "author";
    static final String PUBLIC_ADDRESS = "public_address";
    static final String LANGUAGE = "language";
    static final String POSTS_PER_PAGE = "posts_per_page";
    static final String ABOUT = "about";
    static final String ABOUT_HTML = "about_html";

    private final SettingValues stored;

    SiteSettingsStore(SettingValues stored) {
        this.stored = stored;
    }

    /** The stored settings and About HTML; {@code defaults} fills whatever was never saved. */
    Stored load(SiteSettings defaults) {
        Map<String, String> values = stored.readAll();
        SiteSettings settings = new SiteSettings(
                values.getOrDefault(TITLE, defaults.title()),
                values.getOrDefault(DESCRIPTION, defaults.description()),
                values.getOrDefault(AUTHOR, defaults.author()),
                address(values.get(PUBLIC_ADDRESS)).or(defaults::publicAddress),
                values.getOrDefault(LANGUAGE, defaults.language()),
                postsPerPage(values.get(POSTS_PER_PAGE), defaults.postsPerPage()),
                values.getOrDefault(ABOUT, defaults.about()));
        return new Stored(settings, Optional.ofNullable(values.get(ABOUT_HTML)));
    }

    void save(SiteSettings settings, String aboutHtml) {
        stored.write(values(settings, aboutHtml));
    }

    static Map<String, String> values(SiteSettings settings, String aboutHtml) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TITLE, settings.title());
        values.put(DESCRIPTION, settings.description());
        values.put(AUTHOR, settings.author());
        values.put(PUBLIC_ADDRESS, settings.publicAddress().map(PublicAddress::base).orElse(""));
        values.put(LANGUAGE, settings.language());
        values.put(POSTS_PER_PAGE, String.valueOf(settings.postsPerPage()));
        values.put(ABOUT, settings.about());
        values.put(ABOUT_HTML, aboutHtml);
        return values;
    }

    private static Optional<PublicAddress> address(String stored) {
        try {
            return PublicAddress.parse(stored);
        } catch (PublicAddress.InvalidAddress e) {
            LOG.warn("The stored public address {} cannot be used ({}); it is ignored", stored, e.getMessage());
            return Optional.empty();
        }
    }

    private static int postsPerPage(String stored, int fallback) {
        if (stored == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(stored.strip());
            if (value >= SettingsForm.MIN_POSTS_PER_PAGE && value <= SettingsForm.MAX_POSTS_PER_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to the warning below.
        }
        LOG.warn("The stored posts per page {} cannot be used; {} it is", stored, fallback);
        return fallback;
    }

    /** What was stored: the settings and, when saved by this version, the About text's rendered HTML. */
    record Stored(SiteSettings settings, Optional<String> aboutHtml) {
    }
}
