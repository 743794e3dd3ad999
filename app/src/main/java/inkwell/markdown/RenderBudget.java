package inkwell.markdown;

/**
 * What one post may cost to render, so that no text the server accepts can take it down. Measured on commonmark
 * 0.32 (bench: a 2-core EPYC, warmed up): inline parsing is quadratic in the length of one paragraph for some
 * runs of mixed delimiters (160,000 characters of {@code *a **b `c` [d](e)} took 4.6 s, of {@code _*} 5.6 s),
 * and reference links are expanded at every use (a 187 KB post rendered to gigabytes). Parsing each block's inline
 * text in pieces of at most 5,000 characters makes it linear in the post's length: 200,000 characters of the
 * worst runs parse in about 0.2 s. The HTML is capped while it is written, so an amplifying post costs no more
 * than writing the cap.
 */
public record RenderBudget(int maxInlineChars, int maxHtmlChars, long maxParseNanos) {
    /** Inline text parsed at once: ~850 words, more than almost any real paragraph, heading or table cell. */
    static final int INLINE_CHARS = 5_000;
    /**
     * Five times the longest post Inkwell takes (200,000 characters), three times what its densest Markdown
     * makes; past it the sanitizer's time grows with the number of elements (1 MiB of table cells: ~0.4 s).
     */
    static final int HTML_CHARS = 1024 * 1024;
    /**
     * A backstop for what the caps above do not foresee: the whole parse, checked between blocks. Generous, because
     * the first posts after a start are parsed before the JIT has compiled the parser (a dense 200,000-character
     * table took 0.9 s cold, 0.05 s warm).
     */
    static final long PARSE_NANOS = 3_000_000_000L;

    public static final RenderBudget DEFAULT = new RenderBudget(INLINE_CHARS, HTML_CHARS, PARSE_NANOS);
}
