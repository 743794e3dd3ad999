package inkwell.search;

/**
 * Text made safe inside HTML: only {@code & < > " '} are replaced. Lucene's own encoders do more (every
 * non-ASCII char, or every space, as a numeric reference; the older one splits emoji into two invalid ones).
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
