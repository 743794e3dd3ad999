package inkwell.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup whose database does not open is not restored: the database it would have replaced is put back and
 * served, and the page says so. A restore cut off between its two renames is repaired at the next start.
 */
@org.junit.jupiter.api.Tag("derby-only") // Derby's online backup and its db folder; PostgreSQL is pg_dump's
class FailedRestoreHttpTest {
    @TempDir
    Path data;

    @Test
    void aBackupThatDoesNotOpenLeavesTheBlogAsItWas() throws Exception {
        try (RunningBlog blog = RunningBlog.start(data)) {
            String name = blog.postForm("/backups", Map.of()).headers().firstValue("Location").orElseThrow()
                    .replaceFirst(".*made=", "");
            String after = blog.createPost("Written after the backup", "Ada", "Stays: the restore fails.");
            // Derby cannot boot a database without its service file.
            Files.delete(data.resolve("backups").resolve(name).resolve("db").resolve("service.properties"));

            HttpResponse<String> restored = blog.postForm("/backups/" + name + "/restore", Map.of());
            assertEquals(303, restored.statusCode(), restored.body());
            String list = blog.get(restored.headers().firstValue("Location").orElseThrow()).body();
            assertTrue(list.contains("The backup " + name + " was not restored"), list);
            assertTrue(list.contains("The blog is as it was before."), list);
            assertEquals(200, blog.get(after).statusCode(), "the database it would have replaced is back");
            assertEquals(200, blog.get(blog.createPost("And it still writes", "Ada", "Yes.")).statusCode());
            assertFalse(Files.exists(data.resolve("db.replaced")));
            assertFalse(Files.exists(data.resolve("db.restoring")));
        }
    }

    @Test
    void aRestoreCutOffBetweenItsRenamesIsRepairedAtTheNextStart() throws Exception {
        String post;
        try (RunningBlog blog = RunningBlog.start(data)) {
            post = blog.createPost("Survives a cut-off restore", "Ada", "Text.");
        }
        // As if the power went between "db -> db.replaced" and "db.restoring -> db".
        Files.move(data.resolve("db"), data.resolve("db.replaced"));
        Files.createDirectories(data.resolve("db.restoring"));
        try (RunningBlog blog = RunningBlog.start(data)) {
            assertEquals(200, blog.get(post).statusCode());
        }
        assertFalse(Files.exists(data.resolve("db.restoring")));
    }
}
