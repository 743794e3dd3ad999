package inkwell.web.view;

/** A page's model record: the data its template shows, and the head that goes with it. */
public interface PageModel {
    Meta meta();
}
