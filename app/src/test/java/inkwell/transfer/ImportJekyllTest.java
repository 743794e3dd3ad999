package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.media.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic Jekyll site (test resources {@code jekyll/}, its chart written here) imported into a blog that
 * already has a post called "Hello world": the posts, drafts, categories as tags, dates from the file names and
 * front matter, the image stored and linked, the slug clashes renamed, the misnamed post skipped with its reason.
 */
class ImportJekyllTest extends OneBlogPerClass {
    @TempDir
    Path work;

    static Path copy(String resource, Path into) throws Exception {
        Path from = Path.of(ImportJekyllTest.class.getResource("/inkwell/transfer/" + resource).toURI());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return into;
    }

    @Test
    void aJekyllFolderComesInWithItsPostsDraftsTagsAndImages() throws Exception {
        blog.createPost("Hello world", "Ada", "Already here.");
        Path site = copy("jekyll", work.resolve("site"));
        Files.createDirectories(site.resolve("assets/img"));
        Files.write(site.resolve("assets/img/chart.png"), TestImages.png(300, 200));

        ImportReport preview = blog.blog.imports().preview(site);
        assertFalse(preview.written());
        assertEquals(5, preview.posts().size(), preview.text());
        assertFalse(blog.get("/posts").body().contains("Unfinished"), "a preview writes nothing");

        ImportReport report = blog.blog.imports().run(site);
        assertEquals("Jekyll site", report.kind());
        Map<String, ImportReport.Item> bySlug = report.posts().stream()
                .collect(Collectors.toMap(ImportReport.Item::slug, item -> item));
        assertEquals(List.of("hello-world-2", "unfinished-thoughts", "a-chart", "hello-world-3", "on-bernoulli-numbers"),
                report.posts().stream().map(ImportReport.Item::slug).toList(), report.text());
        assertTrue(bySlug.get("hello-world-2").note().contains("slug hello-world is taken: renamed to hello-world-2"));
        assertEquals("published", bySlug.get("hello-world-2").status());
        assertEquals("2019-05-03T08:15:00Z", bySlug.get("hello-world-2").date().toString(), "the front matter's date");
        assertEquals("2021-03-04T00:00:00Z", bySlug.get("a-chart").date().toString(), "the file name's date");
        assertEquals("draft", bySlug.get("unfinished-thoughts").status(), "published: false");
        assertEquals("draft", bySlug.get("on-bernoulli-numbers").status(), "_drafts");
        assertEquals(1, report.images());
        assertEquals(1, report.skipped().size(), report.text());
        assertTrue(report.skipped().get(0).item().contains("notes-without-a-date.md"));
        assertTrue(report.skipped().get(0).reason().contains("YYYY-MM-DD-slug.md"));

        Document first = Jsoup.parse(blog.get(postPath("hello-world-2")).body());
        assertEquals("Hello, world: the first note", first.select("h1").first().text());
        assertEquals("int x = 1;", first.select("pre code").last().text().strip());
        assertTrue(first.text().contains("Ada Lovelace"), "the author");
        assertTrue(blog.get("/tags/notes").body().contains("Hello, world: the first note"), "categories as tags");
        assertTrue(blog.get("/tags/intro").body().contains("Hello, world: the first note"), "tags as tags");
        Document chart = Jsoup.parse(blog.get(postPath("a-chart")).body());
        String src = chart.select("main img").attr("src");
        assertTrue(src.matches("/media/[0-9a-f]{64}\\.png"), "the image, stored by Inkwell: " + src);
        assertEquals(200, blog.get(src).statusCode());
        assertEquals("Ada Lovelace", Jsoup.parse(blog.get(postPath("hello-world-3")).body()).select(".byline, main")
                .text().contains("Ada Lovelace") ? "Ada Lovelace" : "", "_config.yml's author for a post naming none");
        String drafts = blog.get("/drafts").body();
        assertTrue(drafts.contains("Unfinished thoughts") && drafts.contains("On Bernoulli numbers"), drafts);
    }

    /** The post's address from the posts list, by its slug. */
    private String postPath(String slug) throws Exception {
        for (String page : List.of("/posts", "/drafts", "/posts?page=2")) {
            for (var link : Jsoup.parse(blog.get(page).body()).select("a[href]")) {
                if (link.attr("href").matches("/posts/\\d+/" + slug)) {
                    return link.attr("href");
                }
            }
        }
        throw new AssertionError("no post with the slug " + slug);
    }
}
