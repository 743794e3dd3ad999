package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Short text is kept (whitespace collapsed); long text is cut at a word, trailing punctuation dropped. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
            "^  Hello \n\t world.  ^ => 20 => Hello world.",
            "^ \n ^ => 20 => ^^",
            "exactly ten => 11 => exactly ten",
            "The quick brown fox jumps over the lazy dog => 20 => The quick brown fox\u2026",
            "First part, second part goes on and on => 16 => First part\u2026",
            "Wait... what happened here => 9 => Wait\u2026",
            "Supercalifragilisticexpialidocious => 10 => Supercali\u2026"})
    void shortensAtAWordBoundary(String text, int maxLength, String expected) {
        String shortened = Excerpts.shorten(text, maxLength);
        assertEquals(expected, shortened);
        assertTrue(codePoints(shortened) <= maxLength);
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
