package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 2 on a real Derby: posts stored by version 1 are rendered again from their Markdown (teaser, labelled
 * task boxes, scrolling tables); one past the render budget keeps its HTML and gets its teaser from it.
 */
class ExcerptMigrationTest {
    private static final String MARKDOWN = "Intro line.\n\n## Writing\n\nPress **Write** at the top.\n\n"
            + "- `**bold**`, `*italic*`\n- plain item\n\n```\ncode();\n```\n\n- [x] done\n\n| a |\n|---|\n| 1 |\n";
    /** What version 1 stored for it: no labels on the task box, the table bare. */
    private static final String OLD_HTML = "<p>Intro line.</p><h2 id=\"writing\">Writing</h2><p>Press <strong>Write"
            + "</strong> at the top.</p><ul><li><input type=\"checkbox\" disabled checked> done</li></ul>"
            + "<table><tr><td>1</td></tr></table>";
    /** What version 1 stored for it: the heading run into the text, Markdown syntax shown as code. */
    private static final String OLD_EXCERPT =
            "Intro line. Writing Press Write at the top. **bold**, *italic* plain item";

    @TempDir
    Path dataDir;
    private ScratchDerby derby;
    private final String html = new MarkdownRenderer().render(MARKDOWN).html();

    @BeforeEach
    void versionOne() throws SQLException {
        derby = new ScratchDerby(dataDir);
        derby.migrateTo(1);
    }

    @AfterEach
    void close() throws SQLException {
        derby.close();
    }

    private void insertPost(long id, String excerpt, String bodyHtml) throws SQLException {
        insertPost(id, excerpt, "x", bodyHtml);
    }

    private void insertPost(long id, String excerpt, String markdown, String bodyHtml) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2024-05-01T10:00:00Z"));
        derby.execute("INSERT INTO ARTICLE (ID, TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, "
                + "UPDATED_AT) VALUES (?, 'Title', 'title', 'Ada', ?, 1, 0, ?, ?)", id, excerpt, now, now);
        if (bodyHtml != null) {
            derby.execute("INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) VALUES (?, ?, ?)", id, markdown,
                    bodyHtml);
        }
    }

    private List<Object> excerpts() throws SQLException {
        return derby.rows("SELECT EXCERPT FROM ARTICLE ORDER BY ID").stream().map(row -> row.get(0)).toList();
    }

    private void upgrade() throws SQLException {
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
    }

    @Test
    void anOldPostIsRenderedAgainFromItsMarkdown() throws SQLException {
        insertPost(1, OLD_EXCERPT, MARKDOWN, OLD_HTML);
        upgrade();
        assertEquals(List.of("Intro line. Press Write at the top. plain item. done."), excerpts());
        assertEquals(List.of(List.of(html)), derby.rows("SELECT HTML FROM ARTICLE_BODY"), "today's rendering");
        assertTrue(html.contains("aria-label=\"Done\"") && html.contains("class=\"table-scroll\""), html);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, Migrations.ALL.size()).boxed().toList(),
                derby.versions());
    }

    @Test
    void aPostPastTodaysBudgetKeepsItsHtmlAndGetsItsTeaserFromIt() throws SQLException {
        String amplifying = "[x]: /" + "a".repeat(30_000) + "\n\n" + "[x] ".repeat(40_000);
        insertPost(1, OLD_EXCERPT, amplifying, "<h2>Old</h2><p>What readers saw.</p>");
        upgrade();
        assertEquals(List.of("What readers saw."), excerpts());
        assertEquals(List.of(List.of("<h2>Old</h2><p>What readers saw.</p>")),
                derby.rows("SELECT HTML FROM ARTICLE_BODY"));
    }

    @Test
    void everyPostIsUpgradedAcrossBatchesAndAPostWithoutBodyKeepsItsExcerpt() throws SQLException {
        int posts = 450;
        for (long id = 1; id <= posts; id++) {
            insertPost(id, OLD_EXCERPT, "## Heading " + id + "\n\nBody " + id, "<p>old</p>");
        }
        insertPost(posts + 1, "kept as it was", null);
        upgrade();
        List<Object> excerpts = excerpts();
        assertEquals(posts + 1, excerpts.size());
        for (int i = 0; i < posts; i++) {
            assertEquals("Body " + (i + 1) + ".", excerpts.get(i));
        }
        assertEquals("kept as it was", excerpts.get(posts));
    }
}
