package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A grammar-based Markdown fuzzer, for the classes of input that once made saving slow or huge: nesting,
 * reference definitions used many times, long inline runs, mixed and unclosed delimiters, tables, HTML and
 * entities. Fixed seeds, bounded in count and time. Every text either renders within the budget or is refused
 * with a {@link MarkdownTooComplex}, never slower than a second, never larger than the HTML cap.
 */
class MarkdownFuzzTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int MAX_TEXT = 200_000;
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final String[] DELIMITERS = {"*", "**", "_", "__", "~~", "`", "``", "[", "]", "![", "](", ")",
        "<", ">", "\\", "&amp;", "&#x1F600;", "<b>", "</b>", "[^1]", "|", "#", "\n", " "};

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void everyGeneratedTextRendersWithinTheBudgetOrIsRefusedQuickly() {
        renderer.render(new Grammar(new Random(1)).document(20_000)); // compiled code, as in a running blog
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + 45 * SECOND_NANOS;
        int rendered = 0;
        for (long seed = 1; seed <= 60 && System.nanoTime() < deadline; seed++) {
            Random random = new Random(seed);
            String text = new Grammar(random).document(1_000 + random.nextInt(MAX_TEXT - 1_000));
            // CPU time of this thread, not wall time: the machine is shared, and another build's burst must not
            // count as the renderer's; an algorithmic blow-up still shows in full.
            long start = CPU.getCurrentThreadCpuTime();
            int htmlLength = -1;
            try {
                htmlLength = renderer.render(text).html().length();
            } catch (MarkdownTooComplex refused) {
                // refused with a message for the writer: fine, if quick
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("seed " + seed + " threw " + e);
                continue;
            }
            long took = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
            rendered++;
            if (took >= 1000) {
                failures.add("seed " + seed + " (" + text.length() + " chars) took " + took + " ms of CPU");
            }
            // The sanitizer adds a little (anchors, table regions) to what the capped renderer wrote.
            if (htmlLength > RenderBudget.HTML_CHARS * 11 / 10) {
                failures.add("seed " + seed + " made " + htmlLength + " characters of HTML");
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + rendered + " texts broke the budget:\n" + String.join("\n", failures));
        }
        assertTrue(rendered >= 20, "only " + rendered + " texts in the time allowed");
    }

    /** Builds texts from the constructs that stress commonmark, mixed at random. */
    private static final class Grammar {
        private final Random random;
        private final StringBuilder out = new StringBuilder();

        Grammar(Random random) {
            this.random = random;
        }

        String document(int length) {
            while (out.length() < length) {
                switch (random.nextInt(9)) {
                    case 0 -> nested(random.nextInt(2_000));
                    case 1 -> references(random.nextInt(40), random.nextInt(3_000));
                    case 2 -> delimiterRun(random.nextInt(20_000));
                    case 3 -> table(1 + random.nextInt(300), 1 + random.nextInt(40));
                    case 4 -> containers(random.nextInt(200));
                    case 5 -> out.append("```\n").append("x = [*a*](b)\n".repeat(random.nextInt(500)))
                            .append("```\n\n");
                    case 6 -> out.append("<div>\n").append("<span *a* [b](c)>".repeat(random.nextInt(500)))
                            .append("\n</div>\n\n");
                    case 7 -> out.append("www.example.org/").append("a_b*c~".repeat(random.nextInt(2_000)))
                            .append("\n\n");
                    default -> out.append("Plain words and *some* emphasis, `code` and [a link](/x).\n\n"
                            .repeat(1 + random.nextInt(50)));
                }
            }
            return out.length() > length ? out.substring(0, length) : out.toString();
        }

        private void nested(int depth) {
            String[] open = {"[", "![", "*", "_", "**", "~~", "> "};
            String[] close = {"](u)", "](u)", "*", "_", "**", "~~", ""};
            int kind = random.nextInt(open.length);
            out.append(open[kind].repeat(depth)).append("core").append(close[kind].repeat(depth)).append("\n\n");
        }

        private void references(int definitions, int uses) {
            for (int i = 0; i < definitions; i++) {
                out.append("[r").append(i).append("]: /").append("u".repeat(random.nextInt(5_000)))
                        .append(" \"").append("t".repeat(random.nextInt(500))).append("\"\n");
            }
            out.append('\n');
            for (int i = 0; i < uses; i++) {
                out.append(random.nextBoolean() ? "[r" : "![r").append(random.nextInt(Math.max(1, definitions)))
                        .append("] ");
            }
            out.append("\n\n");
        }

        private void delimiterRun(int length) {
            int start = out.length();
            while (out.length() - start < length) {
                out.append(DELIMITERS[random.nextInt(DELIMITERS.length)]);
                if (random.nextInt(4) == 0) {
                    out.append((char) ('a' + random.nextInt(26)));
                }
            }
            out.append("\n\n");
        }

        private void table(int columns, int rows) {
            out.append("|").append(" h |".repeat(columns)).append("\n|").append("---|".repeat(columns)).append('\n');
            for (int row = 0; row < rows; row++) {
                out.append("|").append(" *c* [d](e) |".repeat(columns)).append('\n');
            }
            out.append('\n');
        }

        private void containers(int depth) {
            String[] markers = {"> ", "- ", "1. ", "  - ", "* "};
            for (int i = 0; i < depth; i++) {
                out.append(markers[random.nextInt(markers.length)]);
            }
            out.append("item\n\n");
        }
    }
}
