package inkwell.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
    private static final String LEFT_OUT =
            "pre, table, h1, h2, h3, h4, h5, h6, hr, del, s, img, input, .heading-anchor";
    private static final Pattern SYNTAX = Pattern.compile(
            "[*~#>`\\[\\]<|]|(^|\\s)_|_($|\\s)|^\\s*([-+]|\\d+[.)])($|\\s)");
    /** Marks a block with code showing syntax until the block ends; the HTML parser drops U+0000 from text. */
    private static final String SYNTAX_SHOWN = "\u0000";
    private static final Pattern CLOSING = Pattern.compile("[)\"'\u201d\u2019\u00bb\\]]+$");
    private static final String SENTENCE_ENDS = ".!?\u2026;\u3002\uff01\uff1f";

    private ProseText() {
    }

    static String of(Element body) {
        Element copy = body.clone();
        copy.select(LEFT_OUT).remove();
        for (Element code : copy.select("code")) {
            if (SYNTAX.matcher(code.wholeText()).find()) {
                code.replaceWith(new TextNode(SYNTAX_SHOWN));
            } else {
                code.unwrap();
            }
        }
        Blocks blocks = new Blocks();
        NodeTraversor.traverse(blocks, copy);
        String prose = String.join(" ", blocks.ended);
        return prose.isEmpty() ? headings(body) : prose;
    }

    /** A post with no prose (a heading over a code block, say) is still introduced by its headings. */
    private static String headings(Element body) {
        Element copy = body.clone();
        copy.select(".heading-anchor").remove();
        return copy.select("h1, h2, h3, h4, h5, h6").stream().map(Element::text).filter(text -> !text.isBlank())
                .map(ProseText::asSentence).collect(Collectors.joining(" "));
    }

    /** Collects text, closing a block at the start and the end of every block element (nested lists too). */
    private static final class Blocks implements NodeVisitor {
        final List<String> ended = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.text());
            } else if (node instanceof Element element && element.nameIs("br")) {
                current.append(' ');
            } else if (node instanceof Element element && element.isBlock()) {
                endBlock();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endBlock();
            }
        }

        private void endBlock() {
            String block = current.toString().replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (!block.contains(SYNTAX_SHOWN) && block.codePoints().anyMatch(Character::isLetterOrDigit)) {
                ended.add(asSentence(block));
            }
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
