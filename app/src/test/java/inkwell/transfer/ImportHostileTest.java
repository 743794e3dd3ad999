package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sources: each is refused, or its bad items reported, and the blog is unchanged (its export, the very
 * same bytes, is the oracle), with nothing left in the import's temporary folder.
 */
class ImportHostileTest extends OneBlogPerClass {
    @TempDir
    static Path work;

    @BeforeAll
    void aBlogWithAPost() throws Exception {
        blog.createPost("Already here", "Ada", "Before any import.");
    }

    private byte[] exported() throws Exception {
        return ImportRoundTripTest.export(blog);
    }

    /** The import is refused with a message containing {@code expected}, and the blog is as it was. */
    private void refused(Path source, String expected) throws Exception {
        byte[] before = exported();
        ImportRefused refusal = assertThrows(ImportRefused.class, () -> blog.blog.imports().run(source));
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
        assertArrayEquals(before, exported(), "the blog is unchanged");
        try (Stream<Path> left = Files.list(blog.blog.imports().temporary())) {
            assertEquals(List.of(), left.toList(), "nothing left unpacked");
        }
    }

    private static Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = work.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private Map<String, byte[]> export() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        ImportRoundTripTest.entries(exported()).forEach((name, text) -> files.put(name,
                text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    @Test
    void aZipBombIsRefusedByCountingTheInflatedBytes() throws Exception {
        Path bomb = work.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("content/posts/1-bomb.md"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(bomb) < 200_000, "40 MiB packed small");
        refused(bomb, "zip bomb");
    }

    @Test
    void aZipWithTooManyFilesIsRefused() throws Exception {
        Path many = work.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i <= SafeZip.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("f/" + i));
                out.closeEntry();
            }
        }
        refused(many, "at most 50,000");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutRatioHelp() throws Exception {
        Path large = work.resolve("large.zip");
        Random random = new Random(7);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(large))) {
            out.putNextEntry(new ZipEntry("static/media/noise.png"));
            byte[] noise = new byte[1 << 20];
            for (int i = 0; i < 65; i++) {
                random.nextBytes(noise);
                out.write(noise);
            }
            out.closeEntry();
        }
        refused(large, "more than 64 MiB");
    }

    @Test
    void namesOutsideTheFolderAreRefused() throws Exception {
        for (String name : List.of("../evil.md", "content/../../evil.md", "/tmp/inkwell-evil.md",
                "content\\..\\..\\evil.md", "C:/evil.md")) {
            refused(zip("slip.zip", Map.of("data/inkwell/site.yaml", "format: 1\n".getBytes(StandardCharsets.UTF_8),
                    name, "---\ntitle: Evil\n---\nEvil.\n".getBytes(StandardCharsets.UTF_8))), "outside its own folder");
        }
        assertFalse(Files.exists(work.resolve("evil.md")));
        assertFalse(Files.exists(blog.blog.imports().temporary().resolve("../evil.md").normalize()));
        assertFalse(Files.exists(Path.of("/tmp/inkwell-evil.md")));
    }

    @Test
    void anExportFromANewerInkwellIsRefused() throws Exception {
        Map<String, byte[]> files = export();
        files.put("data/inkwell/site.yaml", new String(files.get("data/inkwell/site.yaml"), StandardCharsets.UTF_8)
                .replace("format: 1", "format: " + (ExportArchive.FORMAT + 1)).getBytes(StandardCharsets.UTF_8));
        refused(zip("newer.zip", files), "made by a newer Inkwell (export format 2); this Inkwell reads format 1");
    }

    @Test
    void aFolderOfNothingKnownIsRefused() throws Exception {
        Path folder = Files.createDirectories(work.resolve("nothing"));
        Files.writeString(folder.resolve("notes.txt"), "hello");
        refused(folder, "does not recognise this folder");
        refused(Files.writeString(work.resolve("notes.txt"), "hello"), "not a source Inkwell imports");
    }

    /**
     * Bad posts inside a good source are skipped with their reasons, the rest imported: malformed front matter,
     * a file that is not UTF-8, Markdown past the render budget, TOML front matter; two posts with one slug are
     * both kept, the second renamed.
     */
    @Test
    void badPostsAreSkippedWithTheirReasonsAndDuplicateSlugsRenamed() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("data/inkwell/site.yaml", "format: 1\ntitle: Elsewhere\n".getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/1-broken.md", "---\ntitle: [unclosed\ndate: :\n---\nText.\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/2-latin.md", "---\ntitle: Caf\u00e9\n---\nCaf\u00e9 au lait.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        files.put("content/posts/3-complex.md", ("---\ntitle: Amplified\n---\n[x]: /" + "a".repeat(40_000) + "\n\n"
                + "[x] ".repeat(35_000)).getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/4-toml.md", "+++\ntitle = \"Toml\"\n+++\nText.\n".getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/5-twin.md", "---\ntitle: Twin\nslug: twin\nauthor: Ada\n---\nOne.\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/6-twin.md", "---\ntitle: Twin\nslug: twin\nauthor: Ada\n---\nTwo.\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("content/posts/7-untitled.md", "---\nauthor: Ada\n---\nNo title.\n".getBytes(StandardCharsets.UTF_8));
        ImportReport report = blog.blog.imports().run(zip("mixed.zip", files));
        assertEquals(List.of("twin", "twin-2"), report.posts().stream().map(ImportReport.Item::slug).toList(),
                report.text());
        assertEquals("slug twin is taken: renamed to twin-2", report.posts().get(1).note());
        Map<String, String> reasons = new TreeMap<>();
        report.skipped().forEach(skip -> reasons.put(skip.item().replaceAll(" \\(.*", ""), skip.reason()));
        assertEquals(5, reasons.size(), report.text());
        assertTrue(reasons.get("content/posts/1-broken.md").contains("not valid YAML"), reasons.toString());
        assertTrue(reasons.get("content/posts/2-latin.md").contains("not UTF-8"), reasons.toString());
        assertTrue(reasons.get("content/posts/3-complex.md").contains("more than 1,048,576 characters"), reasons.toString());
        assertTrue(reasons.get("content/posts/4-toml.md").contains("TOML"), reasons.toString());
        assertTrue(reasons.get("content/posts/7-untitled.md").contains("title"), reasons.toString());
        assertTrue(blog.get("/posts").body().contains("/twin-2\""), "both twins are posts");
        assertTrue(blog.get("/").body().contains("Elsewhere"), "the export's site settings came too");
    }
}
