package inkwell.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import inkwell.media.Multipart;
import inkwell.media.TestImages;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backups page against a real blog: "Back up now" writes a complete backup with its manifest and images, and
 * "Restore" (after its confirming step) brings back a deleted post and its image while the blog keeps its address;
 * unknown names, {@code ../} and missing tokens are refused.
 */
@org.junit.jupiter.api.Tag("derby-only") // Derby's online backup and its db folder; PostgreSQL is pg_dump's
class BackupPagesHttpTest {
    private static final Pattern IMAGE = Pattern.compile("\"url\":\"(/media/[0-9a-f]{64}\\.png)\"");
    private static final Pattern RESTORE = Pattern.compile("href=\"(/backups/([^/\"]+)/restore)\"");

    @TempDir
    Path data;

    private static String upload(RunningBlog blog, byte[] png) throws Exception {
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                .POST(new Multipart().field("_csrf", blog.csrfToken()).file("file", "x.png", "image/png", png)
                        .publisher()));
        Matcher url = IMAGE.matcher(response.body());
        assertTrue(url.find(), response.body());
        return url.group(1);
    }

    @Test
    void restoringFromThePageBringsBackADeletedPostAndItsImage() throws Exception {
        try (RunningBlog blog = RunningBlog.start(data)) {
            String image = upload(blog, TestImages.png(120, 80));
            byte[] imageBytes = blog.client.send(HttpRequest.newBuilder(blog.uri(image)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            String kept = blog.createPost("Kept all along", "Ada", "Stays.");
            String lost = blog.createPost("The harbour at dawn", "Ada", "Boats.\n\n![Boats](" + image + ")\n");

            HttpResponse<String> made = blog.postForm("/backups", Map.of());
            assertEquals(303, made.statusCode(), made.body());
            String list = blog.get(made.headers().firstValue("Location").orElseThrow()).body();
            assertTrue(list.contains("Backed up: "), list);
            assertTrue(list.contains("Backed up by hand"), list);
            Matcher restore = RESTORE.matcher(list);
            assertTrue(restore.find(), list);
            String name = restore.group(2);
            Path folder = data.resolve("backups").resolve(name);
            assertTrue(Files.isRegularFile(folder.resolve("manifest.properties")));
            assertTrue(Files.readString(folder.resolve("manifest.properties")).contains("posts=2"));
            assertTrue(Files.isRegularFile(folder.resolve("media").resolve(image.substring("/media/".length()))));
            try (Stream<Path> entries = Files.list(data.resolve("backups"))) {
                assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".")), "nothing half-written");
            }

            // The post and its image go; a post written after the backup is not in it.
            assertEquals(303, blog.postForm(lost.replaceFirst("/[^/]+$", "/delete"), Map.of()).statusCode());
            assertEquals(404, blog.get(lost).statusCode());
            assertEquals(303, blog.postForm(image + "/delete", Map.of()).statusCode());
            assertEquals(404, blog.get(image).statusCode());
            String later = blog.createPost("Written after the backup", "Ada", "Gone after the restore.");

            HttpResponse<String> confirm = blog.get(restore.group(1));
            assertEquals(200, confirm.statusCode());
            assertTrue(confirm.body().contains("The current state is backed up first"), confirm.body());
            assertEquals(403, blog.postRaw(restore.group(1), Map.of()).statusCode(), "no token, no restore");
            HttpResponse<String> restored = blog.postForm(restore.group(1), Map.of());
            assertEquals(303, restored.statusCode(), restored.body());
            String after = blog.get(restored.headers().firstValue("Location").orElseThrow()).body();
            assertTrue(after.contains("Restored the backup " + name + ": 2 posts."), after);
            assertTrue(after.contains("Before a restore"), "the state before the restore was backed up: " + after);

            HttpResponse<String> back = blog.get(lost);
            assertEquals(200, back.statusCode());
            assertTrue(back.body().contains("The harbour at dawn"), back.body());
            assertArrayEquals(imageBytes, blog.client.send(HttpRequest.newBuilder(blog.uri(image)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body(), "the image is back, the same bytes");
            assertEquals(200, blog.get(kept).statusCode());
            assertEquals(404, blog.get(later).statusCode(), "the blog is as the backup had it");
            assertFalse(blog.get("/posts").body().contains("Written after the backup"), "kept pages were dropped");
            // It takes writes again, on the restored database.
            assertEquals(200, blog.get(blog.createPost("After the restore", "Ada", "New.")).statusCode());
        }
    }

    @Test
    void unknownNamesPathsAndMissingTokensAreRefused() throws Exception {
        try (RunningBlog blog = RunningBlog.start(data)) {
            assertEquals(404, blog.get("/backups/2026-01-01_000000.000Z_manual/restore").statusCode());
            assertEquals(404, blog.get("/backups/..%2F..%2Fdb/restore").statusCode());
            assertEquals(404, blog.get("/backups/nonsense/restore").statusCode());
            assertEquals(404, blog.postForm("/backups/..%2Fdb/restore", Map.of()).statusCode());
            HttpResponse<String> noToken = blog.postRaw("/backups", Map.of());
            assertEquals(403, noToken.statusCode());
            assertTrue(noToken.body().contains("fresh security token"), noToken.body());
            assertFalse(Files.exists(data.resolve("backups")) && Files.list(data.resolve("backups")).findAny()
                    .isPresent(), "nothing was backed up");
            assertEquals(200, blog.get("/backups").statusCode());
            assertTrue(blog.get("/backups").body().contains("No backups yet."));

            // A backup from a newer Inkwell is refused, and nothing changes.
            String post = blog.createPost("Still here", "Ada", "Text.");
            String name = blog.postForm("/backups", Map.of()).headers().firstValue("Location").orElseThrow()
                    .replaceFirst(".*made=", "");
            Path manifest = data.resolve("backups").resolve(name).resolve("manifest.properties");
            Files.writeString(manifest, Files.readString(manifest).replaceFirst("schema.version=\\d+",
                    "schema.version=99"));
            HttpResponse<String> refused = blog.postForm("/backups/" + name + "/restore", Map.of());
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("written by a newer Inkwell"), refused.body());
            assertEquals(200, blog.get(post).statusCode());
            assertEquals(1, Files.list(data.resolve("backups")).count(), "not even the current state was backed up");
        }
    }
}
