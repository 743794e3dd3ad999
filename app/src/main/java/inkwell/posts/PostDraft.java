package inkwell.posts;

/**
 * The write form's fields, trimmed and with line endings normalized, not yet validated: the text, and what to do
 * with it ({@code status} as submitted: {@code draft}, {@code published} or {@code scheduled}, empty meaning
 * publish) and when ({@code publishAt} as a {@code datetime-local} input sends it, kept as typed for the form),
 * with its {@code tags} as typed (comma-separated, see {@link TagNames}).
 */
public record PostDraft(String title, String author, String content, String status, String publishAt,
                        String tags) {

    /** A post to publish now: the welcome post, tests, tools. */
    public PostDraft(String title, String author, String content) {
        this(title, author, content, PostStatus.PUBLISHED.value(), "", "");
    }

    /** A post to publish now with tags. */
    public PostDraft(String title, String author, String content, String tags) {
        this(title, author, content, PostStatus.PUBLISHED.value(), "", tags);
    }

    static PostDraft of(String title, String author, String content, String status, String publishAt,
                        String tags) {
        return new PostDraft(clean(title).strip(), clean(author).strip(),
                clean(content).replace("\r\n", "\n").replace('\r', '\n'), clean(status).strip(),
                clean(publishAt).strip(), clean(tags).strip());
    }

    /** NUL and other C0 controls (but tab and newlines) have no place in text and break some databases. */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }
}
