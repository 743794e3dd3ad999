package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Ghost 5 JSON export (test resource {@code ghost-5.json}) imported; another major version refused. */
class ImportGhostTest extends OneBlogPerClass {
    @TempDir
    Path work;

    private Path resource() throws Exception {
        return Path.of(ImportGhostTest.class.getResource("/inkwell/transfer/ghost-5.json").toURI());
    }

    @Test
    void aGhost5ExportComesInWithItsTagsAuthorsAndDrafts() throws Exception {
        ImportReport report = blog.blog.imports().run(resource());
        assertEquals("Ghost 5.74.3 export", report.kind());
        assertEquals(List.of("welcome", "half-written"), report.posts().stream().map(ImportReport.Item::slug)
                .toList(), report.text());
        assertEquals("2023-01-03T10:00:00Z", report.posts().get(0).date().toString());
        assertEquals("draft", report.posts().get(1).status());
        assertEquals(2, report.skipped().size(), report.text());
        assertTrue(report.skipped().get(0).reason().contains("a Ghost page"), report.text());
        assertTrue(report.skipped().get(1).reason().contains("Lexical"), report.text());

        String path = Jsoup.parse(blog.get("/posts").body()).select("a[href~=/posts/\\d+/welcome$]").attr("href");
        Document post = Jsoup.parse(blog.get(path).body());
        assertEquals("Welcome to the engine room", post.select("h1").first().text());
        assertEquals("int x = 1;", post.select("pre code").text().strip());
        assertFalse(post.html().contains("alert(1)"), "the script is gone");
        assertTrue(post.text().contains("Ada Lovelace"));
        assertTrue(blog.get("/tags/engines").body().contains("Welcome to the engine room"));
        assertTrue(blog.get("/drafts").body().contains("Half-written"));
    }

    @Test
    void aGhostExportOfAnotherVersionIsRefusedAndTheBlogUnchanged() throws Exception {
        byte[] before = ImportRoundTripTest.export(blog);
        Path old = Files.writeString(work.resolve("ghost-4.json"), Files.readString(resource())
                .replace("\"version\": \"5.74.3\"", "\"version\": \"4.48.9\""));
        ImportRefused refused = assertThrows(ImportRefused.class, () -> blog.blog.imports().run(old));
        assertTrue(refused.getMessage().contains("from Ghost 4.48.9; Inkwell reads exports of Ghost 5"),
                refused.getMessage());
        Path deep = Files.writeString(work.resolve("deep.json"), "{\"db\":" + "[".repeat(5_000) + "]".repeat(5_000)
                + "}");
        assertTrue(assertThrows(ImportRefused.class, () -> blog.blog.imports().run(deep)).getMessage()
                .contains("cannot be read"));
        assertArrayEquals(before, ImportRoundTripTest.export(blog));
    }
}
