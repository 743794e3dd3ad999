package inkwell.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema to the newest version, recording each applied version in SCHEMA_VERSION, so that an
 * upgraded Inkwell opens an older data folder with no manual step. Each migration runs in one transaction.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Connection connection;
    private final Dialect dialect;
    private final List<Migration> all;
    private BeforeUpgrade beforeUpgrade = (connection, from, to) -> { };

    SchemaMigrator(Connection connection, Dialect dialect) {
        this(connection, dialect, Migrations.ALL);
    }

    /** Told before migrations are applied to an existing database (not a new one): the backup before an upgrade. */
    SchemaMigrator beforeUpgrade(BeforeUpgrade hook) {
        this.beforeUpgrade = hook;
        return this;
    }

    /** With another history: tests bring a database to an earlier version, or add a migration that fails. */
    SchemaMigrator(Connection connection, Dialect dialect, List<Migration> all) {
        this.connection = connection;
        this.dialect = dialect;
        this.all = all;
    }

    void migrate() throws SQLException {
        int current = currentVersion();
        if (current > all.size()) {
            throw new SQLException("this data folder was written by a newer Inkwell (schema version " + current
                    + ", this one knows " + all.size() + "). Install the newer Inkwell again.");
        }
        if (current > 0 && current < all.size()) {
            beforeUpgrade.backUp(connection, current, all.size());
        }
        for (Migration migration : all.subList(current, all.size())) {
            apply(migration);
        }
    }

    /**
     * The version recorded in SCHEMA_VERSION, creating the table in a new database. It asks the table itself
     * rather than {@code DatabaseMetaData.getTables}, which Derby answers with a large query it compiles on first
     * use (measured: within the noise of a start, about 30 ms).
     */
    private int currentVersion() throws SQLException {
        // In a caller's transaction, PostgreSQL refuses every statement after a failed one: ask behind a savepoint.
        java.sql.Savepoint beforeAsking = joinsCallersTransaction() ? connection.setSavepoint() : null;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException e) {
            if (!isMissingTable(e)) {
                throw e;
            }
            if (beforeAsking != null) {
                connection.rollback(beforeAsking);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        return 0;
    }

    /** Derby says 42X05 for a table that does not exist, PostgreSQL 42P01. */
    private static boolean isMissingTable(SQLException e) {
        return "42X05".equals(e.getSQLState()) || "42P01".equals(e.getSQLState());
    }

    /**
     * A connection already in a transaction (auto-commit off) keeps it: the migrations join it and the caller
     * commits or rolls back the whole (migrate creates the schema and copies a blog in one transaction).
     */
    private boolean joinsCallersTransaction() throws SQLException {
        return !connection.getAutoCommit();
    }

    private void applyIn(Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(dialect.expand(sql));
            }
            migration.step().run(connection);
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setTimestamp(3, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
        }
    }

    private void apply(Migration migration) throws SQLException {
        if (joinsCallersTransaction()) {
            applyIn(migration);
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            applyIn(migration);
            connection.commit();
            LOG.info("Schema upgraded to version {}: {}", migration.version(), migration.description());
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } catch (RuntimeException e) {
            // A Java step's unchecked failure: restoring auto-commit below would commit half of the migration, and
            // Database.open reports SQLExceptions to the user.
            connection.rollback();
            throw new SQLException("schema migration " + migration.version() + " failed: " + e, e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
