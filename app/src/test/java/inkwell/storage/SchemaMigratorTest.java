package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.settings.Settings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrades from every earlier schema version on a real Derby, and what happens when one cannot be applied. */
class SchemaMigratorTest {
    private static final int NEWEST = Migrations.ALL.size();
    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2024-05-01T10:00:00Z"));

    @TempDir
    Path dataDir;
    private ScratchDerby derby;

    @BeforeEach
    void open() throws SQLException {
        derby = new ScratchDerby(dataDir);
    }

    @AfterEach
    void close() throws SQLException {
        derby.close();
    }

    private static List<Integer> upTo(int version) {
        return IntStream.rangeClosed(1, version).boxed().toList();
    }

    private void insertVersionOnePost() throws SQLException {
        derby.execute("INSERT INTO ARTICLE (ID, TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, "
                + "UPDATED_AT) VALUES (7, 'Zoë''s café', 'zoes-cafe', 'Zoë', 'Hello.', 3, 42, ?, ?)",
                CREATED, CREATED);
        derby.execute("INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) VALUES (7, 'Hello.', '<p>Hello.</p>')");
        derby.execute("INSERT INTO ARTICLE_DAILY_VIEWS (ARTICLE_ID, VIEW_DATE, VIEWS) "
                + "VALUES (7, DATE('2024-05-02'), 5)");
    }

    @Test
    void anEmptyDatabaseIsBroughtToTheNewestVersion() throws SQLException {
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
        assertEquals(upTo(NEWEST), derby.versions());
        List<Object> descriptions = derby.rows("SELECT DESCRIPTION FROM SCHEMA_VERSION ORDER BY VERSION").stream()
                .map(row -> row.get(0)).toList();
        assertEquals(Migrations.ALL.stream().map(Migration::description).toList(), descriptions);
        insertVersionOnePost();
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
        assertEquals(upTo(NEWEST), derby.versions(), "a second run applies nothing");
        assertTrue(derby.connection.getAutoCommit(), "the connection is left as it was found");
    }

    @Test
    void versionOneIsUpgradedAndItsDataKept() throws SQLException {
        derby.migrateTo(1);
        assertEquals(List.of(1), derby.versions());
        insertVersionOnePost();
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
        assertEquals(upTo(NEWEST), derby.versions());
        assertEquals(List.of(List.of(7L, "Zoë's café", "zoes-cafe", "Zoë", 3, 42L, CREATED, CREATED)), derby.rows(
                "SELECT ID, TITLE, SLUG, AUTHOR, READING_MINUTES, VIEWS, CREATED_AT, UPDATED_AT FROM ARTICLE"));
        assertEquals(List.of(List.of("Hello.", new inkwell.markdown.MarkdownRenderer().render("Hello.").html())),
                derby.rows("SELECT MARKDOWN, HTML FROM ARTICLE_BODY"), "the Markdown kept, its HTML made again");
        assertEquals(List.of(List.of(7L, java.sql.Date.valueOf("2024-05-02"), 5L)),
                derby.rows("SELECT ARTICLE_ID, VIEW_DATE, VIEWS FROM ARTICLE_DAILY_VIEWS"));
        assertEquals(List.of(List.of(1L)), derby.rows("SELECT POSTS FROM PUBLIC_POST_COUNT"),
                "the post, published before there were drafts, counted as public");
    }

    @Test
    void aDatabaseFromANewerInkwellIsRefusedWithAClearMessage() throws Exception {
        new SchemaMigrator(derby.connection, Dialect.DERBY).migrate();
        derby.execute("INSERT INTO SCHEMA_VERSION VALUES (?, 'from the future', CURRENT_TIMESTAMP)", NEWEST + 1);
        SQLException refused = assertThrows(SQLException.class,
                () -> new SchemaMigrator(derby.connection, Dialect.DERBY).migrate());
        assertEquals("this data folder was written by a newer Inkwell (schema version " + (NEWEST + 1)
                + ", this one knows " + NEWEST + "). Install the newer Inkwell again.", refused.getMessage());
        derby.close();
        DatabaseException opening = assertThrows(DatabaseException.class,
                () -> Database.open(Settings.headless(dataDir)));
        assertTrue(opening.getMessage().startsWith("Cannot open the database jdbc:derby:"), opening.getMessage());
        assertTrue(opening.getMessage().endsWith(refused.getMessage()), opening.getMessage());
        derby = new ScratchDerby(dataDir);
        assertEquals(upTo(NEWEST + 1), derby.versions(), "nothing was changed");
    }

    @Test
    void aFailingStatementRollsItsWholeMigrationBack() throws SQLException {
        List<Migration> history = withExtra(
                new Migration(NEWEST + 1, "good", List.of("CREATE TABLE GOOD (X INTEGER)")),
                new Migration(NEWEST + 2, "half", List.of("CREATE TABLE HALF (X INTEGER)",
                        "INSERT INTO HALF VALUES (1)", "UPDATE ARTICLE SET TITLE = 'changed'",
                        "INSERT INTO NO_SUCH_TABLE VALUES (1)")));
        derby.migrateTo(1);
        insertVersionOnePost();
        assertThrows(SQLException.class, () -> new SchemaMigrator(derby.connection, Dialect.DERBY, history).migrate());
        assertEquals(upTo(NEWEST + 1), derby.versions(), "the migrations before the failing one stay applied");
        assertTrue(derby.hasTable("GOOD"));
        assertFalse(derby.hasTable("HALF"), "the failing migration's table was rolled back");
        assertEquals(List.of(List.of("Zoë's café")), derby.rows("SELECT TITLE FROM ARTICLE"));
        assertTrue(derby.connection.getAutoCommit());
    }

    @Test
    void aFailingJavaStepRollsBackItsMigrationsStatements() throws SQLException {
        derby.migrateTo(1);
        insertVersionOnePost();
        for (RuntimeException failure : List.of(new IllegalStateException("unchecked"), new RuntimeException("x"))) {
            List<Migration> history = withExtra(new Migration(NEWEST + 1, "half in Java",
                    List.of("CREATE TABLE HALF (X INTEGER)"), connection -> {
                        connection.createStatement().executeUpdate("UPDATE ARTICLE SET TITLE = 'changed'");
                        throw failure;
                    }));
            SQLException thrown = assertThrows(SQLException.class,
                    () -> new SchemaMigrator(derby.connection, Dialect.DERBY, history).migrate());
            assertEquals(failure, thrown.getCause(), "reported as a failed migration, so Database.open says so");
            assertEquals(upTo(NEWEST), derby.versions());
            assertFalse(derby.hasTable("HALF"));
            assertEquals(List.of(List.of("Zoë's café")), derby.rows("SELECT TITLE FROM ARTICLE"));
        }
        List<Migration> checked = withExtra(new Migration(NEWEST + 1, "checked failure", List.of(), connection -> {
            connection.createStatement().executeUpdate("UPDATE ARTICLE SET TITLE = 'changed'");
            throw new SQLException("step failed");
        }));
        assertThrows(SQLException.class, () -> new SchemaMigrator(derby.connection, Dialect.DERBY, checked).migrate());
        assertEquals(List.of(List.of("Zoë's café")), derby.rows("SELECT TITLE FROM ARTICLE"));
    }

    private static List<Migration> withExtra(Migration... extra) {
        List<Migration> history = new ArrayList<>(Migrations.ALL);
        history.addAll(List.of(extra));
        return history;
    }
}
