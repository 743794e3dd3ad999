package inkwell.storage;

import inkwell.settings.Settings;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a whole blog from the data folder's embedded Derby into an empty PostgreSQL database: the schema by the
 * same migrations Inkwell runs at start, then every table's rows with their ids (posts keep their addresses), the
 * row counts compared table by table, the identity sequences set past the copied ids, all in one transaction on
 * PostgreSQL, so a failure leaves it as empty as it was. The Derby database is read, never changed, except that it
 * is first brought to this Inkwell's schema, as starting Inkwell on it would.
 */
public final class PostgresMigration {
    /** One table and how many rows it holds in both databases. */
    public record Copied(String table, long rows) {
    }

    private final Settings settings;
    private final JdbcTarget target;

    private PostgresMigration(Settings settings, JdbcTarget target) {
        this.settings = settings;
        this.target = target;
    }

    /** The migration of this data folder's Derby into the PostgreSQL at {@code url} (user and password may be in it). */
    public static PostgresMigration of(Settings settings, String url) throws DatabaseException {
        if (Dialect.forUrl(url).orElse(null) != Dialect.POSTGRESQL) {
            throw new DatabaseException("--to must be a PostgreSQL JDBC URL, such as "
                    + "jdbc:postgresql://localhost:5432/blog, not " + url, null);
        }
        return new PostgresMigration(settings, new JdbcTarget(url, settings.databaseUser(),
                settings.databasePassword(), false, Dialect.POSTGRESQL));
    }

    /** The target as logs and messages may show it: without the URL's parameters, which may hold a password. */
    public String targetDescription() {
        return target.description();
    }

    public List<Copied> run() throws DatabaseException {
        if (!Files.isDirectory(settings.databaseFolder())) {
            throw new DatabaseException("there is no blog in " + settings.dataDir() + " (no database folder "
                    + settings.databaseFolder() + ")", null);
        }
        Database.prepareEmbeddedDerby(settings);
        JdbcTarget derby = new JdbcTarget("jdbc:derby:" + settings.databaseFolder(), java.util.Optional.empty(),
                java.util.Optional.empty(), true, Dialect.DERBY);
        Connection from;
        try {
            from = derby.connect();
        } catch (SQLException e) {
            throw DatabaseException.cannotOpen(derby, e);
        }
        try (from) {
            new SchemaMigrator(from, Dialect.DERBY).migrate();
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            List<Copied> copied = copyInto(from);
            from.commit();
            return copied;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the blog's database in " + settings.databaseFolder() + ": "
                    + e.getMessage(), e);
        } finally {
            shutDown(derby.url());
        }
    }

    private List<Copied> copyInto(Connection from) throws DatabaseException {
        try (Connection to = target.connect()) {
            List<String> existing = tablesIn(to);
            if (!existing.isEmpty()) {
                throw new DatabaseException("the database " + target.description() + " is not empty (it has the "
                        + "tables " + String.join(", ", existing) + "); migrate copies a blog only into an empty "
                        + "database: create a new one (createdb) and name it in --to", null);
            }
            to.setAutoCommit(false);
            try {
                List<Copied> copied = copy(from, to);
                to.commit();
                return copied;
            } catch (SQLException | DatabaseException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseException.cannotOpen(target, e);
        }
    }

    private List<Copied> copy(Connection from, Connection to) throws SQLException, DatabaseException {
        new SchemaMigrator(to, Dialect.POSTGRESQL).migrate();
        TableCopy tables = new TableCopy(from, to);
        List<Copied> copied = new ArrayList<>();
        for (String table : tables.tablesInOrder()) {
            tables.copy(table);
            long inDerby = TableCopy.count(from, table);
            long inPostgres = TableCopy.count(to, table);
            if (inDerby != inPostgres) {
                throw new DatabaseException("table " + table + " has " + inDerby + " rows in Derby but " + inPostgres
                        + " in PostgreSQL after the copy; nothing was kept", null);
            }
            copied.add(new Copied(table, inPostgres));
        }
        continueIdentities(to);
        return copied;
    }

    /** The identity columns' next values, past the copied ids, so the next post does not take an existing id. */
    private static void continueIdentities(Connection to) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement query = to.prepareStatement("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement next = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
                    + "COALESCE((SELECT MAX(" + identity[1] + ") FROM " + identity[0] + "), 0) + 1, false)")) {
                next.setString(1, identity[0]);
                next.setString(2, identity[1]);
                next.executeQuery().close();
            }
        }
    }

    /** The tables in the connection's current schema (an empty database has none). */
    private static List<String> tablesIn(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() ORDER BY table_name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void shutDown(String derby) {
        try {
            DriverManager.getConnection(derby + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006 is Derby's word for a clean shutdown of one database.
            if (!"08006".equals(e.getSQLState())) {
                System.err.println("inkwell migrate: Derby did not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
