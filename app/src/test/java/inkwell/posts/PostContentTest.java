package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import inkwell.markdown.MarkdownRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a saved post derives from its Markdown: the teaser shows prose only, the reading time counts every word. */
class PostContentTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private PostContent save(PostDraft draft) {
        return PostContent.of(draft, renderer.render(draft.content()));
    }

    @Test
    void theWelcomePostsExcerptIsItsOpeningProse() {
        Path dataDir = Path.of("/home/ada/.local/share/inkwell");
        PostContent welcome = save(WelcomePost.draft(dataDir));
        assertEquals("Inkwell is running on this computer, and this is your blog. This first post explains the few "
                + "things worth knowing; edit it or delete it whenever you like. Press Write at the top of any page. "
                + "Posts are written in Markdown. fenced code blocks, highlighted by language. Press\u2026",
                welcome.excerpt());
        assertFalse(welcome.excerpt().contains("Writing Press"), "the heading no longer runs into the text");
        assertFalse(welcome.excerpt().contains("**") || welcome.excerpt().contains("`"), "no Markdown syntax");
    }

    @Test
    void readingTimeStillCountsHeadingsAndBlocksTheExcerptLeavesOut() {
        PostContent content = save(new PostDraft("Title", "Ada", "## " + "word ".repeat(220) + "\n\n- `**b**` "
                + "word ".repeat(219) + "\n\nShort."));
        assertEquals("Short.", content.excerpt());
        assertEquals(2, content.readingMinutes(), "441 words: the heading and the list item count");
    }
}
