package inkwell.transfer;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** The Export page: what an export holds, and the button that downloads it. */
public record ExportPage(long published, long unpublished, String csrf, String notice) implements PageModel {

    public String summary() {
        long all = published + unpublished;
        return String.format("%,d %s", all, all == 1 ? "post" : "posts")
                + (unpublished > 0 ? String.format(" (%,d not published: drafts and scheduled posts)", unpublished) : "");
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Export", Routes.EXPORT);
    }
}
