package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingTimeTest {

    private static String words(int count) {
        return "word ".repeat(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "one", "a few short words"})
    void isAtLeastOneMinute(String text) {
        assertEquals(1, ReadingTime.minutes(text));
    }

    @Test
    void countsTwoHundredTwentyWordsAMinute() {
        assertEquals(1, ReadingTime.minutes(words(220)));
        assertEquals(2, ReadingTime.minutes(words(440)));
        assertEquals(10, ReadingTime.minutes(words(2200)));
        assertEquals(1, ReadingTime.minutes(words(329)), "rounds to the nearest minute");
        assertEquals(2, ReadingTime.minutes(words(331)));
    }

    @Test
    void anyWhitespaceSeparatesWords() {
        assertEquals(2, ReadingTime.minutes("  word\n\tword\u2003".repeat(220)));
    }

    @Test
    void countsIdeographsAtTwoCharactersAWord() {
        // 880 Han characters without spaces are one "word" by whitespace plus 440 by the two-character rule.
        assertEquals(2, ReadingTime.minutes("漢字".repeat(440)));
        assertEquals(2, ReadingTime.minutes("ひらがなカタカナ".repeat(110)), "kana count too");
        assertEquals(2, ReadingTime.minutes("ภาษาไทย".repeat(126)), "Thai is written without spaces");
    }

    @Test
    void spacedScriptsCountByWords() {
        assertEquals(2, ReadingTime.minutes("слово ".repeat(440)));
    }
}
