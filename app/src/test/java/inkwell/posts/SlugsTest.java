package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zoë's café                     | zoes-cafe",
            "Hello, World!                  | hello-world",
            "  --Leading and trailing--     | leading-and-trailing",
            "Crème brûlée à la carte        | creme-brulee-a-la-carte",
            "Ångström über Øresund          | angstrom-uber-øresund",
            "ﬁnance ① ＦＵＬＬ             | finance-1-full",
            "It’s 2024                      | its-2024",
            "I ❤️ Java 🚀 and ☕            | i-java-and",
            "日本語のタイトル                 | 日本語のタイトル",
            "Привет, мир                    | привет-мир",
            "مرحبا بالعالم                   | مرحبا-بالعالم",
            "Tiếng Việt, đẹp                | tieng-viet-đep",
            "ブログを書く                     | ブログを書く",
            "한국어 블로그                    | 한국어-블로그",
            "हिन्दी ब्लॉग                      | हिन्दी-ब्लॉग",
            "tab\tand\u00a0nbsp             | tab-and-nbsp"})
    void keepsLettersOfEveryScriptAndDropsMarksAndSymbols(String title, String slug) {
        assertEquals(Normalizer.normalize(slug, Normalizer.Form.NFC), Slugs.slugify(title.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "!!!", "?!.,;:", "🚀🎉", "''", "\u2019", "- - -", "\u0301\u0301"})
    void titlesWithoutLettersFallBackToPost(String title) {
        assertEquals("post", Slugs.slugify(title));
    }

    @Test
    void isCappedAtMaxLengthWithoutATrailingDash() {
        String slug = Slugs.slugify("word ".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.endsWith("-word") && slug.length() > Slugs.MAX_LENGTH - 5, "cut after a whole word: " + slug);
        assertEquals("a-" + "b".repeat(Slugs.MAX_LENGTH - 2), Slugs.slugify("a " + "b".repeat(Slugs.MAX_LENGTH - 2)),
                "a title of exactly the cap keeps its last word");
        assertEquals(Slugs.MAX_LENGTH, Slugs.slugify("x".repeat(500)).length());
    }

    @Test
    void capCountsCharsSoAnAstralLetterIsNeverCutInHalf() {
        // U+20000 (CJK Extension B) is two chars; an odd budget must not leave a lone surrogate.
        String slug = Slugs.slugify("a" + "\uD840\uDC00".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH + 1, slug);
        assertTrue(slug.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)), "no lone surrogate");
    }

    @Test
    void isStableAndIdempotent() {
        String title = "Zoë's café: 日本 — part 2";
        String slug = Slugs.slugify(title);
        assertEquals(slug, Slugs.slugify(title));
        assertEquals(slug, Slugs.slugify(slug));
        assertEquals(Slugs.slugify("Caf\u00e9"), Slugs.slugify("Cafe\u0301"), "composed and decomposed agree");
    }
}
