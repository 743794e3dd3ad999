package inkwell.posts;

/** The three fields of the write form, trimmed and with line endings normalized, not yet validated. */
public record PostDraft(String title, String author, String content) {

    static PostDraft of(String title, String author, String content) {
        return new PostDraft(clean(title).strip(), clean(author).strip(),
                clean(content).replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** NUL and other C0 controls (but tab and newlines) have no place in text and break some databases. */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }
}
