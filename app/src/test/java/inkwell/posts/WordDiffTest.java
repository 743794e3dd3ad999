package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Word-level comparison: what changed, with spaces and lines kept; bounded time for the largest posts. */
class WordDiffTest {
    private static String render(List<WordDiff.Segment> segments) {
        return segments.stream().map(segment -> switch (segment.change()) {
            case SAME -> segment.text();
            case INSERTED -> "{+" + segment.text() + "+}";
            case DELETED -> "[-" + segment.text() + "-]";
        }).collect(Collectors.joining());
    }

    @Test
    void changedWordsAreMarkedAndTheRestKeptAsItWas() {
        assertEquals("Caches hide [-latency.-]{+latency and cost.+}\nSecond line.\n",
                render(WordDiff.between("Caches hide latency.\nSecond line.\n",
                        "Caches hide latency and cost.\nSecond line.\n")));
        assertEquals("One.\n{+Two.\n+}", render(WordDiff.between("One.\n", "One.\nTwo.\n")));
        assertEquals("[-Gone.-]", render(WordDiff.between("Gone.", "")));
        assertTrue(WordDiff.same(WordDiff.between("Same text.", "Same text.")));
    }

    /** Two unrelated texts of a post's full 200,000 characters: the worst case a compare page can ask for. */
    @Test
    void twoUnrelatedTextsOfThePostLimitCompareInBoundedTime() {
        String older = words(new Random(1));
        String newer = words(new Random(2));
        long start = System.nanoTime();
        List<WordDiff.Segment> segments = WordDiff.between(older, newer);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Word diff of two unrelated 200,000-character texts: " + took.toMillis() + " ms");
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        assertEquals(newer, segments.stream().filter(segment -> !segment.deleted()).map(WordDiff.Segment::text)
                .collect(Collectors.joining()), "the newer text, whole, from its segments");
        assertEquals(older, segments.stream().filter(segment -> !segment.inserted()).map(WordDiff.Segment::text)
                .collect(Collectors.joining()), "the older text, whole, from its segments");
    }

    /** About 200,000 characters of words, a line break every dozen words. */
    private static String words(Random random) {
        StringBuilder text = new StringBuilder();
        List<String> vocabulary = IntStream.range(0, 500).mapToObj(n -> Integer.toString(n * 7919, 36)).toList();
        int n = 0;
        while (text.length() < PostValidator.MAX_CONTENT - 20) {
            text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(++n % 12 == 0 ? "\n" : " ");
        }
        return text.toString();
    }
}
