package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excerpts of real rendered Markdown: prose blocks kept apart, everything that is not prose left out. */
class ProseTextTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Literal "\n" in the table stands for a line break, to keep each case on one line. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
            "# Intro\\n\\nFirst para\\n\\n## Next\\n\\nSecond para!      => First para. Second para!",
            "Setext heading\\n===\\n\\nBody text                      => Body text.",
            "Shopping:\\n\\n- apples\\n- pears.\\n                     => Shopping. apples. pears.",
            "- one\\n  - two\\n- three                                => one. two. three.",
            "1. [x] done\\n2. [ ] open                                => done. open.",
            "Before\\n\\n```\\nnoise();\\n```\\n\\nAfter               => Before. After.",
            "| a |\\n|---|\\n| cell |\\n\\nI ~~hate~~ love it        => I love it.",
            "Run `make` in the `db/` folder, see `f(x)` and `a_b`   => Run make in the db/ folder, see f(x) and a_b.",
            "Use `**bold**` for emphasis.\\n\\nKeep this.            => Keep this.",
            "Tags: `<br>`, `# x`, `> q`, `- item`, `_em_`, `[a](b)` => ^^",
            "Write `1. first` to number\\n\\nOr `a|b`                => ^^",
            "> quoted line\\n> next\\n\\nafter                        => quoted line next. after.",
            "line one  \\nline two                                   => line one line two.",
            "A [link](https://example.com) and ![cat](c.png) here   => A link and here.",
            "^He said \"stop.\"^                                      => ^He said \"stop.\"^",
            "Aside (see below)                                      => Aside (see below).",
            "日本語です。\\n\\n中文                                   => 日本語です。 中文.",
            "Wait…\\n\\nReally?                                       => Wait… Really?",
            "# Only a heading\\n\\n```\\ncode();\\n```              => Only a heading.",
            "## Setup:\\n\\n| a |\\n|---|\\n| 1 |\\n\\n### Run it!       => Setup. Run it!",
            "---\\n\\n***                                             => ^^"})
    void excerptKeepsProseBlocksApart(String markdown, String excerpt) {
        RenderedMarkdown rendered = renderer.render(markdown.replace("\\n", "\n"));
        assertEquals(excerpt, rendered.excerpt());
        assertEquals(excerpt, Excerpts.ofHtml(rendered.html()), "the migration derives the same from stored HTML");
    }
}
