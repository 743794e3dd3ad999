package inkwell.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The running prose of a rendered post, for its teaser: paragraphs, list items and quotes, each ended as a
 * sentence so that blocks never run into each other. Headings are left out (they are labels, and "Writing Press
 * Write…" read as one sentence) unless there is no prose at all, and so are code blocks, tables and struck-out
 * text.
 *
 * <p>Inline code stays when it reads as a word ("run make", "the db/ folder"). A block with code that shows
 * Markdown or HTML syntax ({@code **bold**}, {@code ## Headings}, {@code <br>}) is left out whole: shown, the
 * syntax looks like a rendering bug; cut out, it leaves broken sentences ("lists, , tables", "Use for a line
 * break"). Such blocks are about syntax, not the post's opening thought.
 */
final class ProseText {
    private static final Evaluator LEFT_OUT = QueryParser.parse(
            "pre, table, h1, h2, h3, h4, h5, h6, hr, del, s, img, input, .heading-anchor");
    private static final Pattern SYNTAX = Pattern.compile(
            "[*~#>`\\[\\]<|]|(^|\\s)_|_($|\\s)|^\\s*([-+]|\\d+[.)])($|\\s)");
    private static final Pattern CLOSING = Pattern.compile("[)\"'\u201d\u2019\u00bb\\]]+$");
    private static final String SENTENCE_ENDS = ".!?\u2026;\u3002\uff01\uff1f";

    private ProseText() {
    }

    /**
     * The prose, read in one pass that changes nothing and stops once it holds {@code enough} characters: a teaser
     * needs the opening only, and a post of 200,000 characters must not cost more than its first screen.
     */
    static String of(Element body, int enough) {
        Blocks blocks = new Blocks(enough);
        NodeTraversor.filter(blocks, body);
        String prose = String.join(" ", blocks.ended);
        return prose.isEmpty() ? headings(body) : prose;
    }

    /** A post with no prose (a heading over a code block, say) is still introduced by its headings. */
    private static String headings(Element body) {
        StringBuilder text = new StringBuilder();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            String words = textOutside(heading, ".heading-anchor");
            if (!words.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(asSentence(words));
            }
        }
        return text.toString();
    }

    /** An element's text without that of the elements {@code query} selects (a heading's own "#" link). */
    private static String textOutside(Element element, String query) {
        Evaluator left = QueryParser.parse(query);
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element inner && inner.is(left)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode words) {
                    text.append(words.text());
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Collects text, closing a block at the start and the end of every block element (nested lists too). */
    private static final class Blocks implements NodeFilter {
        final List<String> ended = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final int enough;
        private int length;
        private boolean syntaxShown;

        Blocks(int enough) {
            this.enough = enough;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.text());
            } else if (node instanceof Element element) {
                if (element.is(LEFT_OUT)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.nameIs("code")) {
                    readCode(element.wholeText());
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.nameIs("br")) {
                    current.append(' ');
                } else if (element.isBlock()) {
                    endBlock();
                }
            }
            return length >= enough ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endBlock();
            }
            return length >= enough ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        private void readCode(String code) {
            if (SYNTAX.matcher(code).find()) {
                syntaxShown = true;
            } else {
                current.append(code);
            }
        }

        private void endBlock() {
            String block = current.toString().replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (!syntaxShown && block.codePoints().anyMatch(Character::isLetterOrDigit)) {
                ended.add(asSentence(block));
                length += block.length() + 1;
            }
            syntaxShown = false;
        }
    }

    /** A block that introduced what followed ("in Markdown:") ends with a full stop, as what followed may be gone. */
    private static String asSentence(String block) {
        if (block.endsWith(":")) {
            return block.substring(0, block.length() - 1) + ".";
        }
        String beforeClosing = CLOSING.matcher(block).replaceAll("");
        boolean ended = !beforeClosing.isEmpty()
                && SENTENCE_ENDS.indexOf(beforeClosing.codePointBefore(beforeClosing.length())) >= 0;
        return ended ? block : block + ".";
    }
}
