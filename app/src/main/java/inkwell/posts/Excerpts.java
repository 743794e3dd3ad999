package inkwell.posts;

/** A post's opening words as plain text, cut at a word boundary. */
final class Excerpts {
    /** Long enough for a home-page teaser; meta descriptions cut it again to ~160. */
    static final int MAX_LENGTH = 280;

    private Excerpts() {
    }

    static String excerpt(String plainText) {
        return shorten(plainText, MAX_LENGTH);
    }

    static String shorten(String text, int maxLength) {
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
