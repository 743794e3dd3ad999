package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of contents skips parsing a post with too few headings (so reading it never loads jsoup's parser),
 * and still lists every post that has enough, whatever the case of its tags.
 */
class TableOfContentsTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void threeHeadingsAreListedAndTwoAreNot() {
        String three = renderer.render("# One\n\ntext\n\n## Two\n\ntext\n\n### Three\n\ntext").html();
        assertEquals(List.of("One", "Two", "Three"), TableOfContents.of(three).stream().map(ContentsEntry::text)
                .toList());
        String two = renderer.render("# One\n\ntext\n\n## Two\n\n`<h2 id=\"x\">` and <h3>").html();
        assertEquals(List.of(), TableOfContents.of(two));
    }

    @Test
    void headingTagsAreCountedInAnyCaseAndOnlyAsTags() {
        String upper = "<H1 id=\"a\">A</H1><h2\nid=\"b\">B</h2><H4 id=\"c\">C</H4>";
        assertEquals(3, TableOfContents.headingTags(upper));
        assertEquals(List.of("A", "B", "C"), TableOfContents.of(upper).stream().map(ContentsEntry::text).toList());
        assertEquals(0, TableOfContents.headingTags("<p>&lt;h2 id=\"x\"&gt; <hr> <h5 id=\"y\">five</h5> <header></p>"));
    }
}
