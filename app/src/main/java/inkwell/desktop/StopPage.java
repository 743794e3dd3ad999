package inkwell.desktop;

import inkwell.web.Meta;
import inkwell.web.PageModel;

/** "Stop Inkwell?" and, once confirmed, "Inkwell has stopped". */
public record StopPage(boolean stopped, String csrf) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage(stopped ? "Inkwell has stopped" : "Stop Inkwell?", "/stop");
    }
}
