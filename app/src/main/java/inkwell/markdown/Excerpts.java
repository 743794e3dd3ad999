package inkwell.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A post's teaser: the opening of its prose (see {@link ProseText}) cut at a word boundary. Made once when a
 * post is saved, and again by a schema migration from the HTML stored by older versions.
 */
public final class Excerpts {
    /** Long enough for a home-page teaser; meta descriptions cut it again to ~160. */
    static final int MAX_LENGTH = 280;

    private Excerpts() {
    }

    /** The excerpt of HTML this renderer produced and stored (already sanitized). */
    public static String ofHtml(String sanitizedHtml) {
        return of(Jsoup.parseBodyFragment(sanitizedHtml).body());
    }

    static String of(Element body) {
        return shorten(ProseText.of(body, 2 * MAX_LENGTH), MAX_LENGTH);
    }

    /** At most {@code maxLength} code points, so that no emoji or CJK extension character is cut in half. */
    public static String shorten(String text, int maxLength) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) <= maxLength) {
            return collapsed;
        }
        int end = collapsed.offsetByCodePoints(0, maxLength - 1);
        int lastSpace = collapsed.lastIndexOf(' ', end);
        if (lastSpace > maxLength / 2) {
            end = lastSpace;
        }
        return collapsed.substring(0, end).replaceAll("[\\s.,;:!?-]+$", "") + "\u2026";
    }
}
