package inkwell.site;

import inkwell.markdown.Excerpts;
import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** The About page: the owner's About text, rendered and sanitized when the settings were saved. */
public record AboutPage(String html, String description) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.page("About", description, Routes.ABOUT);
    }

    static AboutPage of(CurrentSite site) {
        return of(site.settings(), site.aboutHtml());
    }

    /** The About page of these settings with this (sanitized) HTML: the live page and the published one. */
    public static AboutPage of(SiteSettings settings, String html) {
        String description = settings.description().isEmpty()
                ? "About " + settings.title()
                : Excerpts.shorten(settings.description(), 160);
        return new AboutPage(html, description);
    }
}
