package inkwell.markdown;

/**
 * A text the renderer refused because it would cost more than the {@link RenderBudget}: the message says what to
 * change, in words for the writer, and is shown beside the text, which is kept.
 */
public final class MarkdownTooComplex extends RuntimeException {
    MarkdownTooComplex(String message) {
        super(message, null, false, false);
    }
}
