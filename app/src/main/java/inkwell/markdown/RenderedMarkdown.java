package inkwell.markdown;

/**
 * The result of rendering a post: sanitized HTML to store and show, and the plain text behind it
 * (for the excerpt, the meta description and the reading time).
 */
public record RenderedMarkdown(String html, String plainText) {
}
