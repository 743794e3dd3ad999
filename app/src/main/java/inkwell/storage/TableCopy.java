package inkwell.storage;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Copies every row of every table of one database's schema into the same tables of another, parents before the
 * tables whose foreign keys point at them. The tables are read from the source's catalog, not listed here, so a
 * table a later migration adds is copied with no change to this class. Values pass through as JDBC objects;
 * times go through UTC, which has no daylight-saving gaps to shift a stored time across.
 */
final class TableCopy {
    /** Inkwell's own bookkeeping: the target's migrations wrote it already. */
    static final String SCHEMA_VERSION = "SCHEMA_VERSION";
    private static final int BATCH = 500;
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final Connection from;
    private final Connection to;

    TableCopy(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    /** The source's tables (upper case, as Derby names them), each after the tables it refers to. */
    List<String> tablesInOrder() throws SQLException {
        DatabaseMetaData catalog = from.getMetaData();
        String schema = from.getSchema();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet tables = catalog.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                parents.put(tables.getString("TABLE_NAME"), new TreeSet<>());
            }
        }
        parents.remove(SCHEMA_VERSION);
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = catalog.getImportedKeys(null, schema, table.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, needs) -> {
                if (!ordered.contains(table) && ordered.containsAll(needs)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new SQLException("the tables' foreign keys go round in a circle: " + parents);
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Copies one table's rows; how many. The target's migrations may have written rows already (the one row of
     * the count of public posts, counted in a database that had no posts yet): the source's rows replace them.
     */
    long copy(String table) throws SQLException {
        try (Statement clear = to.createStatement()) {
            clear.executeUpdate("DELETE FROM " + table);
        }
        try (Statement read = from.createStatement(); ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            int count = columns.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int column = 1; column <= count; column++) {
                names.add(columns.getColumnName(column));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(count, "?")) + ")";
            long copied = 0;
            try (PreparedStatement write = to.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int column = 1; column <= count; column++) {
                        bind(write, column, rows, columns.getColumnType(column));
                    }
                    write.addBatch();
                    if (++copied % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            return copied;
        }
    }

    private static void bind(PreparedStatement write, int column, ResultSet rows, int type) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP -> write.setTimestamp(column, rows.getTimestamp(column, UTC), UTC);
            case Types.DATE -> write.setDate(column, rows.getDate(column, UTC), UTC);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.VARCHAR, Types.CHAR ->
                    write.setString(column, rows.getString(column));
            default -> {
                Object value = rows.getObject(column);
                if (value instanceof Clob clob) {
                    value = clob.getSubString(1, (int) clob.length());
                }
                if (value == null) {
                    write.setNull(column, type);
                } else {
                    write.setObject(column, value);
                }
            }
        }
    }

    /** The table's rows in a database, counted there. */
    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
