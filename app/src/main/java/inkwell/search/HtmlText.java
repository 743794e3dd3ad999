package inkwell.search;

import org.apache.lucene.search.highlight.Encoder;

/**
 * Text made safe inside HTML: only {@code & < > " '} are replaced. Lucene's own SimpleHTMLEncoder also turns
 * every non-ASCII char into a numeric reference, one per UTF-16 unit, which breaks emoji into two invalid
 * references.
 */
final class HtmlText implements Encoder {
    @Override
    public String encodeText(String text) {
        return escape(text);
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
