package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Migration 2 on a real Derby: excerpts stored by version 1 are made again from the stored HTML. */
class ExcerptMigrationTest {
    private static final String MARKDOWN = "Intro line.\n\n## Writing\n\nPress **Write** at the top.\n\n"
            + "- `**bold**`, `*italic*`\n- plain item\n\n```\ncode();\n```\n";
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
        Timestamp now = Timestamp.from(Instant.parse("2024-05-01T10:00:00Z"));
        derby.execute("INSERT INTO ARTICLE (ID, TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, "
                + "UPDATED_AT) VALUES (?, 'Title', 'title', 'Ada', ?, 1, 0, ?, ?)", id, excerpt, now, now);
        if (bodyHtml != null) {
            derby.execute("INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) VALUES (?, 'x', ?)", id, bodyHtml);
        }
    }

    private List<Object> excerpts() throws SQLException {
        return derby.rows("SELECT EXCERPT FROM ARTICLE ORDER BY ID").stream().map(row -> row.get(0)).toList();
    }

    private void upgrade() throws SQLException {
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
    }

    @Test
    void anOldStyleExcerptBecomesProse() throws SQLException {
        insertPost(1, OLD_EXCERPT, html);
        upgrade();
        assertEquals(List.of("Intro line. Press Write at the top. plain item."), excerpts());
        assertEquals(List.of(List.of(html)), derby.rows("SELECT HTML FROM ARTICLE_BODY"), "the body is untouched");
        assertEquals(List.of(1, 2), derby.versions());
    }

    @Test
    void everyPostIsUpgradedAcrossBatchesAndAPostWithoutBodyKeepsItsExcerpt() throws SQLException {
        int posts = 450;
        for (long id = 1; id <= posts; id++) {
            insertPost(id, OLD_EXCERPT, "<h2>Heading " + id + "</h2><p>Body " + id + "</p>");
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
