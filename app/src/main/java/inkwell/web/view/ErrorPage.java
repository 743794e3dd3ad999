package inkwell.web.view;

/** The model of every error page: a status, a headline, what happened and (for 500s) a reference to the log. */
public record ErrorPage(int status, String headline, String message, String reference) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage(headline, null);
    }

    /** The page for an address where nothing is, e.g. a static site's {@code 404.html}. */
    public static ErrorPage notFound(String message) {
        return of(404, message, null);
    }

    static ErrorPage of(int status, String message, String reference) {
        return new ErrorPage(status, headlineFor(status), message, reference);
    }

    private static String headlineFor(int status) {
        return switch (status) {
            case 400 -> "That request did not make sense";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            case 413 -> "That is too large";
            case 415 -> "Unsupported content";
            case 421 -> "Wrong address";
            case 422 -> "Please check the form";
            default -> status >= 500 ? "Something went wrong on our side" : "Request not accepted";
        };
    }
}
