package inkwell.markdown;

/**
 * The result of rendering a post: sanitized HTML to store and show, the plain text behind it (every word, for
 * the reading time) and the excerpt (its opening prose, for teasers and the meta description).
 */
public record RenderedMarkdown(String html, String plainText, String excerpt) {
}
