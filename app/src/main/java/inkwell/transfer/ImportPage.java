package inkwell.transfer;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/**
 * The Import page in its three states: the form ({@code report} null), what will be imported with the button
 * that confirms it ({@code upload} names the kept file), and what was imported ({@code report.written()}).
 * {@code error} is shown beside the file field.
 */
public record ImportPage(String csrf, String error, ImportReport report, String upload) implements PageModel {

    public static final long MAX_MIB = ImportPages.MAX_UPLOAD_BYTES >> 20;

    public boolean confirming() {
        return report != null && !report.written();
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Import", Routes.IMPORT);
    }
}
