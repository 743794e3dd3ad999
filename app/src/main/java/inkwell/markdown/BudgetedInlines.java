package inkwell.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's own inline parser, fed at most {@link RenderBudget#maxInlineChars()} of a block at a time. The
 * block structure is parsed in linear time; inline parsing is where the quadratic cases live, so a longer
 * paragraph, heading or table cell is parsed in pieces cut at a line end or a space (formatting that spans a cut,
 * in a paragraph of thousands of words, shows as typed). The whole parse also has a deadline, checked between
 * pieces, for what the cap does not foresee.
 */
final class BudgetedInlines implements InlineParserFactory {
    private final RenderBudget budget;
    private final long deadline;

    BudgetedInlines(RenderBudget budget) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.maxParseNanos();
    }

    @Override
    public InlineParser create(InlineParserContext context) {
        InlineParser parser = new InlineParserImpl(context);
        return (SourceLines lines, Node block) -> {
            List<List<SourceLine>> pieces = pieces(lines.getLines());
            for (int i = 0; i < pieces.size(); i++) {
                checkDeadline();
                if (i > 0) {
                    block.appendChild(new SoftLineBreak()); // a line end, or a space: both show as a space
                }
                parser.parse(SourceLines.of(pieces.get(i)), block);
            }
        };
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadline > 0) {
            throw new MarkdownTooComplex("This text takes too long to lay out: it nests or mixes *, _, `, [ and ] "
                    + "far more than a post needs. Simplify that formatting and save again.");
        }
    }

    /** Whole lines while they fit; a line longer than the cap is cut at its last space before the cap. */
    private List<List<SourceLine>> pieces(List<SourceLine> lines) {
        int max = budget.maxInlineChars();
        List<List<SourceLine>> pieces = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        int size = 0;
        for (SourceLine line : lines) {
            for (SourceLine part : cut(line, max)) {
                if (!current.isEmpty() && (size + part.getContent().length() > max || part != line)) {
                    pieces.add(current);
                    current = new ArrayList<>();
                    size = 0;
                }
                current.add(part);
                size += part.getContent().length() + 1;
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current);
        }
        return pieces;
    }

    private static List<SourceLine> cut(SourceLine line, int max) {
        CharSequence text = line.getContent();
        if (text.length() <= max) {
            return List.of(line);
        }
        List<SourceLine> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = start + max;
            int space = lastSpace(text, start + max / 2, end);
            end = space > 0 ? space + 1 : end;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(line.substring(start, end));
            start = end;
        }
        parts.add(line.substring(start, text.length()));
        return parts;
    }

    private static int lastSpace(CharSequence text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}
