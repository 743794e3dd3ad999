package inkwell.web;

/** How much a request may send: a long post in Markdown is ~200 KB, so 1 MiB leaves room for encoding. */
public final class BodyLimits {
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** Oversized bodies up to this size are read and dropped so that the 413 page reaches the browser. */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;
    static final String TOO_LARGE_MESSAGE = "The request was larger than 1 MiB, the most Inkwell accepts. "
            + "A post can hold up to 200,000 characters; split a longer text into several posts.";

    static final String LENGTH_REQUIRED_MESSAGE = "Inkwell needs the length of what is sent (a Content-Length "
            + "header), as every browser gives for a form. Nothing was saved.";

    private BodyLimits() {
    }
}
