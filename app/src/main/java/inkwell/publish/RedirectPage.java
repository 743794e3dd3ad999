package inkwell.publish;

import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** A static site's stand-in for a permanent redirect: it sends the reader on to {@code target}, a site path. */
public record RedirectPage(String title, String target) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage(title, target);
    }
}
