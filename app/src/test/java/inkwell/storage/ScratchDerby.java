package inkwell.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real embedded Derby in a test's folder, reached over plain JDBC, shut down when the test ends. */
final class ScratchDerby implements AutoCloseable {
    private final String url;
    final Connection connection;

    ScratchDerby(Path dataDir) throws SQLException {
        this.url = "jdbc:derby:" + dataDir.resolve("db");
        this.connection = DriverManager.getConnection(url + ";create=true");
    }

    /** Runs the migrations up to and including {@code version}, as an older Inkwell would have. */
    void migrateTo(int version) throws SQLException {
        new SchemaMigrator(connection, Dialect.DERBY, Migrations.ALL.subList(0, version)).migrate();
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    /** Every row of a query, each as its columns in order. */
    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i) instanceof java.sql.Clob clob
                            ? clob.getSubString(1, (int) clob.length()) : result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    List<Integer> versions() throws SQLException {
        return rows("SELECT VERSION FROM SCHEMA_VERSION ORDER BY VERSION").stream()
                .map(row -> (Integer) row.get(0)).toList();
    }

    boolean hasTable(String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
