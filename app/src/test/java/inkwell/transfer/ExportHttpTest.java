package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import inkwell.OneBlogPerClass;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of a real blog, downloaded over HTTP, checked by a real consumer: Debian's Hugo builds the unzipped
 * folder as it is, and {@code hugo list all} lists every post with its title, date and draft flag.
 */
class ExportHttpTest extends OneBlogPerClass {
    static final String TRICKY_TITLE = "Quotes \"here\": colons, # hashes & <angles> — café";

    @TempDir
    static Path work;
    static String published;
    static String renamed;
    static String image;

    @BeforeAll
    void writeABlog() throws Exception {
        assertEquals(303, blog.postForm("/settings", Map.of("title", "Ada's \"notes\": code", "description",
                "Short lines", "author", "Ada", "public_address", "", "language", "en", "posts_per_page", "10",
                "about", "I write about *engines*.")).statusCode());
        HttpResponse<String> uploaded = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                .POST(new Multipart().field("_csrf", blog.csrfToken())
                        .file("file", "chart.png", "image/png", TestImages.png(320, 200)).publisher()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        image = uploaded.body().replaceAll("(?s).*\"url\":\"(/media/[^\"]+)\".*", "$1");
        published = location(blog.postForm("/posts", Map.of("title", TRICKY_TITLE, "name", "Ada",
                "content", "## Why\n\nCode:\n\n```java\nint x = 1;\n```\n\n![A chart](" + image + ")\n",
                "tags", "Java, Café au lait")));
        blog.postForm("/posts", Map.of("title", "Half done", "name", "Ada", "content", "Draft text.",
                "status", "draft"));
        blog.postForm("/posts", Map.of("title", "Coming soon", "name", "Ada", "content", "Later.",
                "status", "scheduled", "publish_at", LocalDateTime.now().plusDays(3).withNano(0).toString()));
        String before = location(blog.postForm("/posts", Map.of("title", "First name", "name", "Ada",
                "content", "Renamed later.")));
        String id = before.split("/")[2];
        renamed = location(blog.postForm("/posts/" + id + "/edit", Map.of("title", "Second name", "name", "Ada",
                "content", "Renamed later.", "status", "published")));
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private byte[] download() throws Exception {
        HttpResponse<byte[]> response = blog.client.send(HttpRequest.newBuilder(blog.uri("/export"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + blog.csrfToken())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=\"inkwell-export-\\d{4}-\\d{2}-\\d{2}\\.zip\""));
        return response.body();
    }

    static Map<String, byte[]> unzip(byte[] zip, Path into) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "an entry inside the folder: " + entry.getName());
                byte[] bytes = in.readAllBytes();
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                files.put(entry.getName(), bytes);
            }
        }
        return files;
    }

    static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "hugo finished");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }

    @Test
    void theSameBlogGivesTheSameZip() throws Exception {
        assertArrayEquals(download(), download());
    }

    @Test
    void hugoBuildsTheExportAsItIsAndListsEveryPost() throws Exception {
        NeededOnCi.require(Files.isExecutable(Path.of("/usr/bin/hugo")), "hugo (apt-get install hugo)");
        Path site = Files.createDirectories(work.resolve("site"));
        Map<String, byte[]> files = unzip(download(), site);
        assertTrue(files.containsKey("hugo.yaml") && files.containsKey("data/inkwell/site.yaml"), files.keySet().toString());
        assertEquals(4, files.keySet().stream().filter(name -> name.matches("content/posts/\\d+-.*\\.md")).count());

        run(site, "hugo", "--quiet", "--destination", site.resolve("public").toString());
        Path out = site.resolve("public");
        String post = Files.readString(out.resolve(published.substring(1)).resolve("index.html"));
        assertTrue(post.contains("Quotes &ldquo;here&rdquo;") || post.contains("Quotes &#34;here&#34;")
                || post.contains("Quotes \"here\""), "the title, escaped by Hugo: " + post);
        assertTrue(post.contains("<h2 id=\"why\">Why</h2>"), post);
        assertEquals("int x = 1;", org.jsoup.Jsoup.parse(post).select("pre code").text().strip(), "the code block");
        assertTrue(Files.readString(out.resolve(renamed.substring(1)).resolve("index.html")).contains("Second name"));
        String oldAddress = renamed.replaceFirst("second-name$", "first-name/").substring(1);
        assertTrue(Files.readString(out.resolve(oldAddress).resolve("index.html")).contains(renamed + "/"),
                "the earlier address redirects");
        assertTrue(Files.exists(out.resolve("about/index.html")));
        assertTrue(post.contains("src=\"" + image + "\""), "the image link, as written");
        assertArrayEquals(blog.client.send(HttpRequest.newBuilder(blog.uri(image)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), Files.readAllBytes(out.resolve(image.substring(1))),
                "the image, served by the built site at the same address");
        assertTrue(Files.exists(out.resolve("tags/java/index.html")));
        assertFalse(Files.readString(out.resolve("index.html")).contains("Half done"), "drafts are not built");
        assertFalse(Files.readString(out.resolve("index.html")).contains("Coming soon"), "nor posts to come");

        List<Map<String, String>> listed = csv(run(site, "hugo", "list", "all"));
        Map<String, Map<String, String>> byTitle = new HashMap<>();
        listed.forEach(row -> byTitle.put(row.get("title"), row));
        assertEquals(4, listed.stream().filter(row -> row.get("path").startsWith("content/posts/")
                && !row.get("path").endsWith("_index.md")).count(), "every post listed: " + listed);
        assertEquals("false", byTitle.get(TRICKY_TITLE).get("draft"));
        assertEquals("true", byTitle.get("Half done").get("draft"));
        assertEquals("false", byTitle.get("Coming soon").get("draft"));
        assertTrue(byTitle.get("Coming soon").get("date").compareTo(LocalDateTime.now().toString().substring(0, 10)) > 0,
                "a scheduled post keeps its date to come: " + byTitle.get("Coming soon"));
        assertEquals("false", byTitle.get("Second name").get("draft"));
    }

    @Test
    void withoutItsTokenTheDownloadIsRefusedWithAPage() throws Exception {
        HttpResponse<String> refused = blog.postRaw("/export", Map.of());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains(ExportPages.EXPIRED));
        HttpResponse<String> page = blog.get("/export");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("4 posts (2 not published"), org.jsoup.Jsoup.parse(page.body()).select("main").text());
    }

    /** hugo list all prints CSV with a header row; titles may hold commas and quotes. */
    static List<Map<String, String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> values : rows.subList(1, rows.size())) {
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                record.put(header.get(i), values.get(i));
            }
            records.add(record);
        }
        return records;
    }
}
