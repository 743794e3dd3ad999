package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import inkwell.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP suite's second run must really be on PostgreSQL: a blog started by the tests writes its posts into
 * the database the run asked for (read back here with plain JDBC), never silently into a Derby beside it.
 */
class TestDatabaseHttpTest {
    @Test
    void aPostLandsInTheDatabaseTheRunAskedFor(@TempDir Path dataDir) throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            blog.createPost("Where am I stored", "Ann", "Somewhere real.");
            if (TestDatabase.postgresql()) {
                String url = blog.settings.databaseUrl().orElseThrow();
                assertTrue(url.startsWith("jdbc:postgresql://127.0.0.1:"), url);
                assertEquals(1, titled(url, "Where am I stored"));
                assertTrue(!java.nio.file.Files.exists(dataDir.resolve("db")), "no Derby beside PostgreSQL");
            } else {
                assertTrue(blog.settings.databaseUrl().isEmpty());
                assertTrue(java.nio.file.Files.isDirectory(dataDir.resolve("db")), "the embedded Derby");
            }
        }
    }

    private static int titled(String url, String title) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ARTICLE WHERE TITLE = ?")) {
            count.setString(1, title);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
