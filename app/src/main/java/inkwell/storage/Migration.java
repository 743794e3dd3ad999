package inkwell.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One step of the schema's history: SQL statements, then a Java step for what SQL cannot say (re-deriving data
 * with the application's own code), both in the migration's one transaction. Never edit a released migration:
 * add the next one.
 */
record Migration(int version, String description, List<String> statements, JdbcStep step) {
    private static final JdbcStep NOTHING = connection -> { };

    /** A migration in SQL only. */
    Migration(int version, String description, List<String> statements) {
        this(version, description, statements, NOTHING);
    }

    /** Work on the migration's connection; it must not commit, roll back or change auto-commit. */
    @FunctionalInterface
    interface JdbcStep {
        void run(Connection connection) throws SQLException;
    }
}
