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
        String description = site.settings().description().isEmpty()
                ? "About " + site.settings().title()
                : Excerpts.shorten(site.settings().description(), 160);
        return new AboutPage(site.aboutHtml(), description);
    }
}
