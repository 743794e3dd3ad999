package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inkwell backup} and {@code inkwell restore NAME} as real child processes: on a folder nobody holds they
 * open the blog themselves; with an Inkwell running on the folder, that one does the job and serves the restored
 * posts at the same address. Wrong command lines and PostgreSQL get one plain line and a non-zero exit.
 */
class BackupCommandProcessTest {
    private static final Pattern NAME = Pattern.compile("backups/(\\S+_manual) ");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
        String backupName() {
            Matcher name = NAME.matcher(out);
            assertTrue(name.find(), out);
            return name.group(1);
        }
    }

    private static Run inkwell(String... args) throws Exception {
        Process process = InkwellChild.command(args).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(args[0] + " did not end");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static String deleteAddress(String post) {
        return post.replaceFirst("/[^/]+$", "/delete");
    }

    @Test
    void backsUpAndRestoresAFolderNobodyHolds() throws Exception {
        Path data = temp.resolve("data");
        String lost;
        try (RunningBlog blog = RunningBlog.start(data)) {
            blog.createPost("Kept", "Ada", "Stays.");
            lost = blog.createPost("Deleted after the backup", "Ada", "Comes back.");
        }
        Run backup = inkwell("backup", "--data-dir", data.toString());
        assertEquals(0, backup.exit(), backup.out() + backup.err());
        assertTrue(backup.out().contains("Backed up 2 posts into "), backup.out());
        String name = backup.backupName();
        try (RunningBlog blog = RunningBlog.start(data)) {
            assertEquals(303, blog.postForm(deleteAddress(lost), Map.of()).statusCode());
        }
        Run restore = inkwell("restore", "--data-dir", data.toString(), name);
        assertEquals(0, restore.exit(), restore.out() + restore.err());
        assertTrue(restore.out().contains("Restored the backup " + name + ": 2 posts."), restore.out());
        try (RunningBlog blog = RunningBlog.start(data)) {
            assertEquals(200, blog.get(lost).statusCode(), "the deleted post is back");
        }
    }

    @Test
    void theRunningInkwellDoesTheJobAndServesTheRestoredBlog() throws Exception {
        Path data = temp.resolve("data");
        Process running = InkwellChild.launch("--headless", "--port", "0", "--data-dir", data.toString());
        try {
            String url = InkwellChild.readyUrl(running).toString();
            BlogClient client = BlogClient.ownerOf(data);
            String lost = createPost(client, "Deleted after the backup");
            Run backup = inkwell("backup", "--data-dir", data.toString());
            assertEquals(0, backup.exit(), backup.out() + backup.err());
            assertTrue(backup.out().contains("Inkwell is running at " + url + "; it does the backup."), backup.out());
            // The launcher's welcome post and this one.
            assertTrue(backup.out().contains("Backed up 2 posts into "), backup.out());
            assertEquals(303, client.postForm(deleteAddress(lost), Map.of()).statusCode());
            assertEquals(404, client.get(lost).statusCode());

            Run restore = inkwell("restore", "--data-dir", data.toString(), backup.backupName());
            assertEquals(0, restore.exit(), restore.out() + restore.err());
            assertTrue(restore.out().contains("Restored the backup " + backup.backupName() + ": 2 posts."),
                    restore.out());
            assertEquals(200, client.get(lost).statusCode(), "served again by the same Inkwell, at the same address");
            assertTrue(running.isAlive());
        } finally {
            running.toHandle().destroy();
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    private static String createPost(BlogClient client, String title) throws Exception {
        var response = client.postForm("/posts", Map.of("title", title, "name", "Ada", "content", "Text."));
        assertEquals(303, response.statusCode(), response.body());
        return java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void wrongCommandLinesAndPostgresqlGetOnePlainLine() throws Exception {
        String data = temp.resolve("data").toString();
        List<Run> runs = new ArrayList<>();
        Run noName = inkwell("restore", "--data-dir", data);
        assertEquals(2, noName.exit());
        assertTrue(noName.err().contains("name the backup to restore"), noName.err());
        Run unknown = inkwell("restore", "--data-dir", data, "2026-01-01_000000.000Z_manual");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("there is no backup named 2026-01-01_000000.000Z_manual"), unknown.err());
        Run traversal = inkwell("restore", "--data-dir", data, "../db");
        assertEquals(1, traversal.exit());
        Run postgres = inkwell("backup", "--data-dir", data, "--database-url", "jdbc:postgresql://127.0.0.1:1/blog");
        assertEquals(1, postgres.exit());
        assertTrue(postgres.err().contains("pg_dump"), postgres.err());
        runs.addAll(List.of(noName, unknown, traversal, postgres));
        for (Run run : runs) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        }
    }
}
