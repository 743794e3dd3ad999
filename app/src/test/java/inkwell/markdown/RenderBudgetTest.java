package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hostile suite's classes, each of which took seconds to minutes (or all the memory) on commonmark 0.32 before
 * the budget: amplifying reference links are refused at once; pathological inline runs render in well under a
 * second; ordinary long posts are untouched.
 */
class RenderBudgetTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /**
     * The best of three runs, the first of them also warming the JIT: a running blog renders with compiled code,
     * and the machine running the tests is shared, so one slow run says little.
     */
    private static long millis(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        return best;
    }

    @Test
    void aReferenceLinkUsedThousandsOfTimesIsRefusedQuickly() {
        String markdown = "[x]: /" + "a".repeat(30_000) + "\n\n" + "[x] ".repeat(40_000);
        long took = millis(() -> {
            MarkdownTooComplex refused = assertThrows(MarkdownTooComplex.class, () -> renderer.render(markdown));
            assertTrue(refused.getMessage().contains("1,048,576 characters"), refused.getMessage());
        });
        assertTrue(took < 1000, "took " + took + " ms");
    }

    @Test
    void pathologicalInlineRunsRenderInUnderASecondWithTheirTextKept() {
        Map<String, String> runs = Map.of(
                "nested images and links", "![".repeat(30_000) + "a" + "](b)".repeat(30_000),
                "mixed emphasis, links and code", "*a **b `c` [d](e) _f_ ~~g~~ ".repeat(7_000),
                "alternating delimiters", "_*".repeat(100_000),
                "unclosed link openers", "[a](".repeat(50_000),
                "open brackets", "[".repeat(180_000));
        runs.forEach((name, markdown) -> {
            long took = millis(() -> {
                RenderedMarkdown rendered = renderer.render(markdown);
                assertTrue(rendered.html().length() > markdown.length() / 4, name + " lost its text");
            });
            assertTrue(took < 1000, name + " took " + took + " ms");
        });
    }

    @Test
    void aLongParagraphKeepsItsFormattingAndEveryWord() {
        String sentence = "Binary search halves the range, see [the notes](https://example.org/n) and `mid`. ";
        String paragraph = sentence.repeat(400); // 33,600 characters in one paragraph: parsed in pieces
        String html = renderer.render(paragraph).html();
        assertEquals(400, html.split("<a href=\"https://example.org/n\"", -1).length - 1);
        assertEquals(400, html.split("<code>mid</code>", -1).length - 1);
        assertTrue(html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").contains(
                "range, see the notes and mid. Binary search"));
    }

    @Test
    void theDeadlineRefusesWhatTheCapDidNotForesee() {
        MarkdownRenderer hurried = new MarkdownRenderer(new RenderBudget(1_000, RenderBudget.HTML_CHARS, 0));
        String manyParagraphs = String.join("\n\n", Collections.nCopies(50, "*a* [b](c)"));
        assertThrows(MarkdownTooComplex.class, () -> hurried.render(manyParagraphs));
    }

    @Test
    void tablesWithManyCellsStayFast() {
        String header = "|" + "a|".repeat(1_000) + "\n|" + "-|".repeat(1_000) + "\n";
        String table = header + String.join("", Collections.nCopies(40, "|" + "*b*|".repeat(1_000) + "\n"));
        long took = millis(() -> renderer.render(table));
        assertTrue(took < 1000, "took " + took + " ms");
        assertTrue(List.of(renderer.render(table).html()).get(0).contains("<em>b</em>"));
    }
}
