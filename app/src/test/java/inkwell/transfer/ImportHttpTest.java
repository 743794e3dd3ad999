package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import inkwell.media.Multipart;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Import page over real HTTP: the form, an upload shown as what WILL be imported (nothing written yet), the
 * confirmation that imports it, and the refusals: no token, no file, a file that is no source, a kept upload that
 * is gone, a body over the limit.
 */
class ImportHttpTest extends OneBlogPerClass {

    private HttpResponse<String> upload(String csrf, String name, byte[] bytes) throws Exception {
        Multipart form = new Multipart().field("_csrf", csrf);
        if (bytes != null) {
            form.file("source", name, "application/zip", bytes);
        }
        return blog.send(HttpRequest.newBuilder(blog.uri("/import"))
                .header("Content-Type", Multipart.contentType()).POST(form.publisher()));
    }

    private static byte[] hugoZip() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("site/content/posts/from-hugo.md"));
            zip.write("---\ntitle: From <Hugo>\ndate: 2021-04-05T06:07:08Z\nauthor: Ada\ndraft: true\n---\nText.\n"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("site/content/posts/bad.md"));
            zip.write("---\ntitle: [\n---\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anUploadIsShownFirstThenImportedOnConfirmation() throws Exception {
        Document form = Jsoup.parse(blog.get("/import").body());
        assertEquals("source", form.select("label[for=source]").first().nextElementSibling().id());
        assertEquals("multipart/form-data", form.select("form[action=/import]").attr("enctype"));

        HttpResponse<String> shown = upload(blog.csrfToken(), "site.zip", hugoZip());
        assertEquals(200, shown.statusCode(), shown.body());
        Document preview = Jsoup.parse(shown.body());
        assertTrue(preview.text().contains("Hugo site: 1 post, 0 images; 1 skipped"), preview.text());
        assertEquals("From <Hugo>", preview.select("table.import-report td").first().text());
        assertTrue(preview.select(".import-skipped").text().contains("bad.md"), preview.text());
        assertFalse(blog.get("/drafts").body().contains("From &lt;Hugo&gt;"), "nothing written before confirming");
        String upload = preview.select("input[name=upload]").attr("value");
        try (Stream<java.nio.file.Path> kept = Files.list(blog.blog.imports().temporary())) {
            assertEquals(1, kept.filter(file -> file.getFileName().toString().equals(upload + ".upload")).count());
        }

        HttpResponse<String> done = blog.postForm("/import/confirm", Map.of("upload", upload));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(Jsoup.parse(done.body()).text().contains("Imported Hugo site: 1 post"), done.body());
        assertTrue(blog.get("/drafts").body().contains("From &lt;Hugo&gt;"), "imported as a draft");
        if (!blog.settings.databaseUrl().isPresent()) { // Inkwell backs up its own Derby; PostgreSQL is pg_dump's
            try (Stream<java.nio.file.Path> backups = Files.list(blog.settings.dataDir().resolve("backups"))) {
                assertEquals(1, backups.filter(backup -> backup.getFileName().toString().endsWith("_before-import"))
                        .count(), "the blog was backed up before the import");
            }
        }
        HttpResponse<String> again = blog.postForm("/import/confirm", Map.of("upload", upload));
        assertEquals(410, again.statusCode(), "imported once, then gone");
        assertEquals(410, blog.postForm("/import/confirm", Map.of("upload", "../../db")).statusCode());
    }

    @Test
    void refusalsComeBackAsTheFormWithTheReasonBesideTheField() throws Exception {
        HttpResponse<String> noToken = upload("wrong", "site.zip", hugoZip());
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains(ImportPages.EXPIRED));
        HttpResponse<String> noFile = upload(blog.csrfToken(), null, null);
        assertEquals(422, noFile.statusCode());
        assertTrue(Jsoup.parse(noFile.body()).select("#source-error").text().contains("Choose the file"));
        HttpResponse<String> notASource = upload(blog.csrfToken(), "notes.zip", "hello".getBytes());
        assertEquals(422, notASource.statusCode());
        Document page = Jsoup.parse(notASource.body());
        assertTrue(page.select("#source-error").text().contains("This file is not a source Inkwell imports"), page.text());
        assertEquals("true", page.select("#source").attr("aria-invalid"));
        assertEquals(403, blog.postRaw("/import/confirm", Map.of("upload", "x")).statusCode());
        assertEquals(403, blog.postRaw("/import/command", Map.of("source", "/etc")).statusCode(), "unsigned");
        try (Stream<java.nio.file.Path> left = Files.list(blog.blog.imports().temporary())) {
            assertEquals(0, left.count(), "refused uploads are not kept");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Response answer = RawHttp.send(blog.uri("/"), "POST /import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (300L << 20) + "\r\n\r\n");
        assertEquals(413, answer.status(), answer.text());
        assertTrue(answer.text().contains("256 MiB"), answer.text());
    }
}
