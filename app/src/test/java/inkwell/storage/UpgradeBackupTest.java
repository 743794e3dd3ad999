package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older data folder is backed up, as it was, before its schema is upgraded; a new or current one is not. */
class UpgradeBackupTest {
    @TempDir
    Path data;

    private List<Path> backups() throws Exception {
        if (!Files.isDirectory(data.resolve("backups"))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(data.resolve("backups"))) {
            return entries.toList();
        }
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheOldSchema() throws Exception {
        int old = Migrations.ALL.size() - 2;
        try (ScratchDerby derby = new ScratchDerby(data)) {
            derby.migrateTo(old);
        }
        try (RunningBlog blog = RunningBlog.start(data)) {
            assertEquals(200, blog.get("/").statusCode());
        }
        List<Path> made = backups();
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).getFileName().toString().endsWith("_before-upgrade"), made.toString());
        String manifest = Files.readString(made.get(0).resolve("manifest.properties"));
        assertTrue(manifest.contains("schema.version=" + old), manifest);

        try (RunningBlog again = RunningBlog.start(data)) {
            assertEquals(200, again.get("/").statusCode());
        }
        assertEquals(1, backups().size(), "an up-to-date schema is not backed up at each start");
    }
}
