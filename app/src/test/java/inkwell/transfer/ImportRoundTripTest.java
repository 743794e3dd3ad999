package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RunningBlog;
import inkwell.media.Multipart;
import inkwell.media.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import into an EMPTY blog → export again gives the same files: drafts, scheduled posts, tags, old slugs
 * (as aliases), images, the site's settings and the dates. Both blogs are real, over HTTP.
 */
class ImportRoundTripTest extends OneBlogPerClass {
    @TempDir
    static Path work;

    @BeforeAll
    void writeABlog() throws Exception {
        assertEquals(303, blog.postForm("/settings", Map.of("title", "Ada's \"notes\": code", "description",
                "Short lines", "author", "Ada", "public_address", "https://ada.example/blog/", "language", "fr",
                "posts_per_page", "7", "about", "I write about *engines*.")).statusCode());
        HttpResponse<String> uploaded = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                .POST(new Multipart().field("_csrf", blog.csrfToken())
                        .file("file", "chart.png", "image/png", TestImages.png(1400, 300)).publisher()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String image = uploaded.body().replaceAll("(?s).*\"url\":\"(/media/[^\"]+)\".*", "$1");
        created(Map.of("title", "Quotes \"here\": colons, # hashes — café", "name", "Ada",
                "content", "## Why\n\n```java\nint x = 1;\n```\n\n![A chart](" + image + ")", "tags",
                "Java, Café au lait"));
        created(Map.of("title", "Half done", "name", "Bob", "content", "Draft text.\n", "status", "draft",
                "tags", "ideas"));
        created(Map.of("title", "Coming soon", "name", "Ada", "content", "Later.", "status", "scheduled",
                "publish_at", LocalDateTime.now().plusDays(3).withNano(0).toString()));
        String id = created(Map.of("title", "First name", "name", "Ada", "content", "Renamed later."))
                .split("/")[2];
        created(Map.of("title", "Second name", "name", "Ada", "content", "Renamed later.", "status", "published"),
                "/posts/" + id + "/edit");
    }

    private String created(Map<String, String> form) throws Exception {
        return created(form, "/posts");
    }

    private String created(Map<String, String> form, String path) throws Exception {
        HttpResponse<String> response = blog.postForm(path, form);
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    static byte[] export(RunningBlog from) throws Exception {
        HttpResponse<byte[]> response = from.client.send(HttpRequest.newBuilder(from.uri("/export"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + from.csrfToken())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                files.put(entry.getName(), entry.getName().endsWith(".png")
                        ? java.util.HexFormat.of().formatHex(bytes) : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void exportImportExportGivesTheSameFiles() throws Exception {
        byte[] first = export(blog);
        Path zip = Files.write(work.resolve("export.zip"), first);
        try (RunningBlog empty = RunningBlog.start(Files.createDirectories(work.resolve("empty")))) {
            assertTrue(empty.get("/").statusCode() == 200 && empty.get("/").body().contains("Ada's")
                    == false, "the empty blog's home page, kept");
            ImportReport report = empty.blog.imports().run(zip);
            assertEquals(4, report.posts().size(), report.text());
            assertTrue(report.skipped().isEmpty(), report.text());
            byte[] second = export(empty);
            Map<String, String> before = entries(first);
            assertEquals(2, before.keySet().stream().filter(name -> name.startsWith("static/media/")).count(),
                    "the image and its smaller copy: " + before.keySet());
            assertEquals(before, entries(second));
            assertArrayEquals(first, second, "the very same zip");
            assertEquals(200, empty.get("/posts/1/quotes-here-colons-hashes-cafe").statusCode());
            assertTrue(empty.get("/drafts").body().contains("Half done"), "the draft is a draft");
            assertTrue(empty.get("/").body().contains("Second name"), "the kept home page was dropped");
            assertTrue(empty.get("/").body().contains("Ada&#39;s &#34;notes&#34;")
                    || empty.get("/").body().contains("Ada's"), "the site's settings are in use");
        }
    }

    /** The dates an export states come back as they were, whatever the moment of the import. */
    @Test
    void datesComeBackAsTheExportStatesThem() throws Exception {
        Map<String, String> edited = new TreeMap<>(entries(export(blog)));
        for (Map.Entry<String, String> file : edited.entrySet()) {
            if (file.getKey().startsWith("content/posts/") && file.getValue().contains("draft: false")
                    && !file.getValue().contains("Coming soon")) {
                file.setValue(file.getValue().replaceFirst("date: \\S+", "date: '2020-01-02T03:04:05Z'")
                        .replaceFirst("lastmod: \\S+", "lastmod: '2021-02-03T04:05:06Z'"));
            } else if (file.getValue().contains("draft: true")) {
                file.setValue(file.getValue().replaceFirst("date: \\S+", "date: '2019-05-06T07:08:09Z'")
                        .replaceFirst("lastmod: \\S+", "lastmod: '2019-05-06T07:08:09Z'"));
            }
        }
        Path zip = work.resolve("edited.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> file : edited.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getKey().endsWith(".png") ? java.util.HexFormat.of().parseHex(file.getValue())
                        : file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (RunningBlog empty = RunningBlog.start(Files.createDirectories(work.resolve("dated")))) {
            empty.blog.imports().run(zip);
            assertEquals(edited, entries(export(empty)));
            assertTrue(empty.get("/posts").body().contains("2020"), "the list shows the stated date");
        }
    }
}
