package inkwell.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Derby's own online backup, and a look inside a copy it wrote. */
final class DerbyCopy {
    /** Derby names the copy after the database's folder. */
    static final String DATABASE_FOLDER = "db";

    private DerbyCopy() {
    }

    /**
     * Copies the open database into {@code folder}/db. Derby's online backup is transactionally consistent while
     * other connections keep writing: it holds back only the pages a write changes during the copy.
     */
    static void backUp(Connection connection, Path folder) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
    }

    /** What a copy holds, read by booting it on its own (the truth, not what the live database had a moment later). */
    record Contents(int schemaVersion, long posts) {
    }

    static Contents inspect(Path copy) throws SQLException {
        String url = "jdbc:derby:" + copy.toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
                version = result.next() ? result.getInt(1) : 0;
            }
            long posts;
            try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM ARTICLE")) {
                posts = result.next() ? result.getLong(1) : 0;
            }
            return new Contents(version, posts);
        } finally {
            shutDown(url);
        }
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006 is Derby's word for "shut down as asked".
            if (!"08006".equals(e.getSQLState())) {
                org.slf4j.LoggerFactory.getLogger(DerbyCopy.class).warn("A backup copy did not shut down: {}",
                        e.getMessage());
            }
        }
    }
}
