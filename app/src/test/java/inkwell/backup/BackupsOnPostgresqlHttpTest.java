package inkwell.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import inkwell.RunningBlog;
import inkwell.TestPostgres;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog on PostgreSQL (a real server, whichever database the run uses): Inkwell takes no backups of it. The
 * Backups page says to use pg_dump and offers nothing to press; a backup or restore asked anyway is refused with
 * that sentence (409), and nothing is written to the data folder's backups.
 */
class BackupsOnPostgresqlHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void theBackupsPageSaysToUsePgDumpAndRefusesToBackUp() throws Exception {
        NeededOnCi.require(TestPostgres.installed(), "Debian's postgresql (initdb, pg_ctl) is not installed");
        String url = TestPostgres.server().newDatabase();
        Settings settings = new Settings(0, true, Settings.DEFAULT_BIND, dataDir, Optional.of(url), Optional.empty(),
                Optional.empty(), "On PostgreSQL", false, false, List.of(), List.of());
        try (RunningBlog blog = RunningBlog.start(settings, AppControl.of(() -> { }))) {
            HttpResponse<String> page = blog.get("/backups");
            assertEquals(200, page.statusCode());
            String text = Jsoup.parse(page.body()).text();
            assertTrue(text.contains("pg_dump"), text);
            assertFalse(page.body().contains("Back up now"), "nothing to press");
            HttpResponse<String> asked = blog.postForm("/backups", Map.of());
            assertEquals(409, asked.statusCode());
            assertTrue(asked.body().contains("pg_dump"), asked.body());
            assertFalse(Files.exists(dataDir.resolve("backups")) && Files.list(dataDir.resolve("backups"))
                    .anyMatch(backup -> !backup.getFileName().toString().startsWith(".")), "no backup written");
        }
    }
}
