package inkwell.site;

import inkwell.web.http.Form;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Settings form as submitted: its fields as typed (so a refused form comes back exactly as the user left
 * it), checked against the limits, with a message per field that is wrong. Lengths count code points.
 */
public record SettingsForm(String title, String description, String author, String publicAddress, String language,
                    String postsPerPage, String about, StartAtLogin startAtLogin) {

    /**
     * The "start at login" checkbox: whether the form showed it (a form that did not, an older page or a script,
     * leaves the login entry alone) and whether it was ticked.
     */
    public record StartAtLogin(boolean shown, boolean wanted) {
    }
    static final int MAX_TITLE = 80;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_AUTHOR = 60;
    static final int MAX_ABOUT = 20_000;
    static final int MIN_POSTS_PER_PAGE = 1;
    static final int MAX_POSTS_PER_PAGE = 100;
    /** A BCP 47 tag as people write them: a language, then optional script, region or variant parts. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    static SettingsForm of(Form form) {
        return new SettingsForm(form.get("title").strip(), form.get("description").strip(), form.get("author").strip(),
                form.get("public_address").strip(), form.get("language").strip(), form.get("posts_per_page").strip(),
                form.get("about"), new StartAtLogin(!form.get("start_at_login_shown").isEmpty(),
                        !form.get("start_at_login").isEmpty()));
    }

    /** The form as the saved settings and this computer's login entry fill it. */
    static SettingsForm of(SiteSettings settings, boolean startsAtLogin) {
        return new SettingsForm(settings.title(), settings.description(), settings.author(),
                settings.publicAddress().map(PublicAddress::base).orElse(""), settings.language(),
                String.valueOf(settings.postsPerPage()), settings.about(), new StartAtLogin(true, startsAtLogin));
    }

    /** Field name to message, in form order; empty when the settings can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "Please give the blog a title.");
        }
        tooLong(errors, "title", title, MAX_TITLE);
        tooLong(errors, "description", description, MAX_DESCRIPTION);
        tooLong(errors, "author", author, MAX_AUTHOR);
        try {
            PublicAddress.parse(publicAddress);
        } catch (PublicAddress.InvalidAddress e) {
            errors.put("public_address", e.getMessage());
        }
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            errors.put("language", "Please enter a language code such as en, de or pt-BR.");
        }
        if (postsPerPageNumber().isEmpty()) {
            errors.put("posts_per_page", String.format("Please enter a whole number from %d to %d.",
                    MIN_POSTS_PER_PAGE, MAX_POSTS_PER_PAGE));
        }
        tooLong(errors, "about", about, MAX_ABOUT);
        return errors;
    }

    /** The settings this form asks for; only call when {@link #errors()} is empty. */
    SiteSettings settings() {
        try {
            return new SiteSettings(title, description, author, PublicAddress.parse(publicAddress), language,
                    postsPerPageNumber().orElseThrow(), about.strip());
        } catch (PublicAddress.InvalidAddress e) {
            throw new IllegalStateException("Checked by errors() first", e);
        }
    }

    private Optional<Integer> postsPerPageNumber() {
        if (!postsPerPage.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(postsPerPage);
        return number >= MIN_POSTS_PER_PAGE && number <= MAX_POSTS_PER_PAGE ? Optional.of(number) : Optional.empty();
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.putIfAbsent(field, String.format("Please keep this to %,d characters (it has %,d).", max, length));
        }
    }
}
