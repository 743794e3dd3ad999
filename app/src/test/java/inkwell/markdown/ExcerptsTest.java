package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void shortTextIsKeptWithWhitespaceCollapsed() {
        assertEquals("Hello world.", Excerpts.shorten("  Hello \n\t world.  ", 20));
        assertEquals("", Excerpts.shorten(" \n ", 20));
        assertEquals("exactly ten", Excerpts.shorten("exactly ten", 11));
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        String excerpt = Excerpts.shorten("The quick brown fox jumps over the lazy dog", 20);
        assertEquals("The quick brown fox\u2026", excerpt);
        assertTrue(codePoints(excerpt) <= 20);
    }

    @Test
    void trailingPunctuationBeforeTheCutIsDropped() {
        assertEquals("First part\u2026", Excerpts.shorten("First part, second part goes on and on", 16));
        assertEquals("Wait\u2026", Excerpts.shorten("Wait... what happened here", 9));
    }

    @Test
    void oneLongWordIsCutMidWordRatherThanLosingEverything() {
        String excerpt = Excerpts.shorten("Supercalifragilisticexpialidocious", 10);
        assertEquals("Supercali\u2026", excerpt);
    }

    @Test
    void lengthIsInCodePointsNotChars() {
        // 30 emoji are 60 chars but 30 code points: within a 30 budget, kept whole.
        String emoji = "\uD83D\uDE00".repeat(30);
        assertEquals(emoji, Excerpts.shorten(emoji, 30));
        String cut = Excerpts.shorten(emoji + "!", 30);
        assertEquals(30, codePoints(cut));
        assertTrue(cut.endsWith("\u2026"));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        for (int max = 3; max < 12; max++) {
            String cut = Excerpts.shorten("a" + "\uD840\uDC00".repeat(20), max);
            for (int i = 0; i < cut.length(); i++) {
                char c = cut.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1)), cut);
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c), "lone low surrogate in " + cut);
                }
            }
            assertTrue(codePoints(cut) <= max, cut);
        }
    }

    @Test
    void anExcerptOfHtmlUsesTheHomePageLength() {
        String excerpt = Excerpts.ofHtml("<p>" + "word ".repeat(200) + "</p>");
        assertTrue(codePoints(excerpt) <= Excerpts.MAX_LENGTH && codePoints(excerpt) > Excerpts.MAX_LENGTH - 10);
        assertTrue(excerpt.endsWith("word\u2026"), excerpt);
    }
}
