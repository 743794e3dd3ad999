package inkwell.web.http;

/**
 * Ends a request with an error page: thrown by handlers and filters, rendered by {@link ErrorBoundary} in the
 * site's layout. The message is shown to the user, escaped, so it must say what went wrong in plain words.
 */
public class HttpError extends RuntimeException {
    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }
}
