package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.media.Multipart;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A WordPress export in WordPress's own WXR 1.2 format (test resource {@code wordpress/engine-notes…xml}: two
 * authors, categories and tags, block-editor and classic-editor posts with code blocks, an image and an iframe, a
 * draft, a page, an attachment, a menu item and a comment) imported into a real blog; the blog's pages and its own
 * export are the oracles.
 */
class ImportWordPressTest extends OneBlogPerClass {
    private static Path resource() throws Exception {
        return Path.of(ImportWordPressTest.class.getResource(
                "/inkwell/transfer/wordpress/engine-notes.wordpress.2024-03-02.xml").toURI());
    }

    @Test
    void aWordPressExportComesInWithItsStatusesDatesAuthorsTagsAndCode() throws Exception {
        ImportReport report = blog.blog.imports().run(resource());
        assertEquals("WordPress export (WXR 1.2)", report.kind());
        assertEquals(List.of("hello-engine-room", "classic-notes-on-the-mill", "half-a-thought-on-punched-cards",
                "the-engine-in-2099"),
                report.posts().stream().map(ImportReport.Item::slug).toList(), report.text());
        assertEquals(List.of("published", "published", "draft", "scheduled"), report.posts().stream()
                .map(ImportReport.Item::status).toList(), report.text());
        assertEquals("2024-01-15T09:30:00Z", report.posts().get(0).date().toString(), "wp:post_date_gmt");
        assertEquals("2023-11-05T18:00:00Z", report.posts().get(1).date().toString());
        assertEquals("2099-01-01T08:00:00Z", report.posts().get(3).date().toString());

        assertEquals(3, report.skipped().size(), report.text());
        assertTrue(report.skipped().get(0).item().startsWith("page 2 (About)"), report.text());
        assertTrue(report.skipped().get(0).reason().contains("a WordPress page"), report.text());
        assertTrue(report.skipped().get(1).item().startsWith("attachment 21"), report.text());
        assertTrue(report.skipped().get(1).reason().contains("uploads/2024/01/diagram.png): Inkwell downloads "
                + "nothing"), report.text());
        assertTrue(report.skipped().get(2).reason().contains("nav_menu_item"), report.text());

        Map<String, String> files = ImportRoundTripTest.entries(ImportRoundTripTest.export(blog));
        String hello = markdownOf(files, "hello-engine-room");
        assertTrue(hello.contains("author: Ada Lovelace"), hello);
        assertTrue(hello.contains("- Engines") && hello.contains("- java"), hello);
        assertTrue(hello.contains("```\nint bernoulli(int n) {\n    return n < 2 ? 1 : n * 2;\n}\n```"), hello);
        assertTrue(hello.contains("**weaves**"), hello);
        assertTrue(hello.contains("## A first program"), hello);
        assertTrue(hello.contains("https://engine-notes.example.org/wp-content/uploads/2024/01/diagram.png"), hello);
        assertFalse(hello.contains("COMMENT-MARKER"), "comments are not imported");
        String classic = markdownOf(files, "classic-notes-on-the-mill");
        assertTrue(classic.contains("author: Charles Babbage"), classic);
        assertTrue(classic.contains("- Uncategorized") && classic.contains("- python"), classic);
        assertTrue(classic.contains("```python\ndef add(column):\n    total = 0\n\n    for n in column:"), classic);
        assertTrue(classic.contains("The mill does the arithmetic; the store keeps the numbers.\n\nHere is how"),
                "the classic editor's blank lines are paragraphs: " + classic);
        assertTrue(classic.contains("<iframe"), "kept as HTML: " + classic);

        String path = Jsoup.parse(blog.get("/posts").body()).select("a[href~=/posts/\\d+/hello-engine-room$]")
                .attr("href");
        Document post = Jsoup.parse(blog.get(path).body());
        assertEquals("Hello engine room", post.select("h1").first().text());
        assertTrue(post.select("pre code").text().contains("return n < 2 ? 1 : n * 2;"), post.html());
        assertEquals("https://engine-notes.example.org/wp-content/uploads/2024/01/diagram.png",
                post.select("img[alt^=The engine]").attr("src"), "the image keeps its WordPress link");
        assertTrue(post.text().contains("Ada Lovelace"));
        assertTrue(blog.get("/tags/engines").body().contains("Classic notes on the mill"));
        assertTrue(blog.get("/drafts").body().contains("Half a thought on punched cards"));
    }

    /** Over real HTTP, the Import page previews a WordPress export and shows a hostile one's refusal by its field. */
    @Test
    void theImportPageTakesAWordPressExport() throws Exception {
        HttpResponse<String> shown = upload("engine-notes.xml", Files.readAllBytes(resource()));
        assertEquals(200, shown.statusCode(), shown.body());
        Document preview = Jsoup.parse(shown.body());
        // Its six old addresses are kept, unless the other test imported the same export first: then they are taken.
        assertTrue(preview.text().matches(".*WordPress export \\(WXR 1\\.2\\): 4 posts, 0 images(, 6 old addresses "
                + "kept as redirects; 3|; 9) skipped.*"), preview.text());
        assertTrue(preview.select(".import-skipped").text().contains("Inkwell downloads nothing"), preview.text());

        HttpResponse<String> refused = upload("passwd.xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY s SYSTEM "
                + "\"file:///etc/passwd\">]><rss><channel><title>&s;</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());
        Document page = Jsoup.parse(refused.body());
        assertTrue(page.select("#source-error").text().contains("cannot be read"), page.html());
        assertFalse(refused.body().contains("root:"), "nothing of /etc/passwd");
    }

    private HttpResponse<String> upload(String name, byte[] bytes) throws Exception {
        Multipart form = new Multipart().field("_csrf", blog.csrfToken()).file("source", name, "application/xml",
                bytes);
        return blog.send(HttpRequest.newBuilder(blog.uri("/import")).header("Content-Type", Multipart.contentType())
                .POST(form.publisher()));
    }

    private static String markdownOf(Map<String, String> files, String slug) {
        return files.entrySet().stream().filter(file -> file.getKey().endsWith("-" + slug + ".md")
                || file.getKey().endsWith("/" + slug + ".md")).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not in " + files.keySet()));
    }
}
