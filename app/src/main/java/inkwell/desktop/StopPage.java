package inkwell.desktop;

import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** "Stop Inkwell?" and, once confirmed, "Inkwell has stopped". */
public record StopPage(boolean stopped, String csrf) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage(stopped ? "Inkwell has stopped" : "Stop Inkwell?", "/stop");
    }
}
