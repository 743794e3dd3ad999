package inkwell.site;

import inkwell.web.http.Routes;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.Map;

/** The Settings page: the form's fields as typed, a message per wrong field, a notice on top, the token. */
public record SettingsPage(SettingsForm form, FieldErrors errors, String notice, boolean saved, String csrf)
        implements PageModel {

    static SettingsPage of(SettingsForm form, String csrf) {
        return new SettingsPage(form, FieldErrors.none(), null, false, csrf);
    }

    SettingsPage withErrors(Map<String, String> fieldErrors) {
        return new SettingsPage(form, new FieldErrors(fieldErrors), notice, false, csrf);
    }

    SettingsPage withNotice(String message) {
        return new SettingsPage(form, errors, message, false, csrf);
    }

    SettingsPage withSavedNotice() {
        return new SettingsPage(form, errors, notice, true, csrf);
    }

    public int maxTitle() {
        return SettingsForm.MAX_TITLE;
    }

    public int maxDescription() {
        return SettingsForm.MAX_DESCRIPTION;
    }

    public int maxAuthor() {
        return SettingsForm.MAX_AUTHOR;
    }

    public int maxAbout() {
        return SettingsForm.MAX_ABOUT;
    }

    public int minPostsPerPage() {
        return SettingsForm.MIN_POSTS_PER_PAGE;
    }

    public int maxPostsPerPage() {
        return SettingsForm.MAX_POSTS_PER_PAGE;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Settings", Routes.SETTINGS);
    }
}
