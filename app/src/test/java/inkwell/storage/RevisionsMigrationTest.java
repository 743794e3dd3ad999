package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 7 on a real Derby: every post saved before revisions existed gets its first revision (its text and
 * tags as they stand, a manual save at its last change), and deleting a post takes its revisions with it.
 */
class RevisionsMigrationTest {
    @TempDir
    Path dataDir;

    @Test
    void postsSavedBeforeRevisionsGetTheirFirstRevisionAndLoseThemWithThePost() throws SQLException {
        try (ScratchDerby derby = new ScratchDerby(dataDir)) {
            derby.migrateTo(6);
            Timestamp edited = Timestamp.from(Instant.parse("2025-03-01T09:30:00Z"));
            derby.execute("INSERT INTO ARTICLE (ID, TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, "
                    + "UPDATED_AT, STATUS, PUBLISHED_AT) VALUES (1, 'Old post', 'old-post', 'Ada', 'x', 1, 0, ?, ?, "
                    + "'published', ?)", edited, edited, edited);
            derby.execute("INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) VALUES (1, ?, '<p>x</p>')",
                    "Three old words");
            derby.execute("INSERT INTO TAG (ID, NAME, SLUG) VALUES (1, 'Caching', 'caching')");
            derby.execute("INSERT INTO TAG (ID, NAME, SLUG) VALUES (2, 'Art', 'art')");
            derby.execute("INSERT INTO POST_TAG (ARTICLE_ID, TAG_ID) VALUES (1, 1)");
            derby.execute("INSERT INTO POST_TAG (ARTICLE_ID, TAG_ID) VALUES (1, 2)");

            new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();

            assertEquals(List.of(List.of(1L, "manual", edited, "Old post", "Ada", "Art, Caching", "Three old words",
                    15, 3)), derby.rows("SELECT ARTICLE_ID, KIND, SAVED_AT, TITLE, AUTHOR, TAGS, MARKDOWN, CHARS, "
                    + "WORDS FROM POST_REVISION"));
            derby.execute("DELETE FROM ARTICLE WHERE ID = 1");
            assertEquals(List.of(List.of(0)), derby.rows("SELECT COUNT(*) FROM POST_REVISION"),
                    "ON DELETE CASCADE");
        }
    }
}
