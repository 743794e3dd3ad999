package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile WordPress exports: each is refused with a message saying why, nothing of it is leaked, and the blog is
 * unchanged (its export, the very same bytes, is the oracle).
 */
class ImportWordPressHostileTest extends OneBlogPerClass {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String RSS = "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" "
            + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><wp:wxr_version>1.2"
            + "</wp:wxr_version>";
    private static final String ITEM = "<item><title>%s</title><wp:post_type>post</wp:post_type>"
            + "<wp:status>publish</wp:status><content:encoded>%s</content:encoded></item>";

    @TempDir
    static Path work;

    @BeforeAll
    void aBlogWithAPost() throws Exception {
        blog.createPost("Already here", "Ada", "Before any import.");
    }

    /** The import is refused with a message containing {@code expected}, and the blog is as it was. */
    private String refused(Path source, String expected) throws Exception {
        byte[] before = ImportRoundTripTest.export(blog);
        ImportRefused refusal = assertThrows(ImportRefused.class, () -> blog.blog.imports().run(source));
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
        assertArrayEquals(before, ImportRoundTripTest.export(blog), "the blog is unchanged");
        try (Stream<Path> left = Files.list(blog.blog.imports().temporary())) {
            assertEquals(List.of(), left.toList(), "nothing left behind");
        }
        return refusal.getMessage();
    }

    private static Path xml(String name, String text) throws Exception {
        return Files.writeString(work.resolve(name), text);
    }

    @Test
    void billionLaughsIsRefusedUnexpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        Path laughs = xml("laughs.xml", HEAD + dtd + RSS + ITEM.formatted("Laughs", "&lol9;") + "</channel></rss>");
        String message = refused(laughs, "cannot be read");
        assertTrue(message.contains("\"lol9\" was referenced, but not declared"), "the DTD is not read at all (not "
                + "merely the JDK's expansion limit reached): " + message);
        assertFalse(message.contains("lollol"), message);
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path passwd = xml("passwd.xml", HEAD + "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + RSS + ITEM.formatted("Secret", "&secret;") + "</channel></rss>");
        String message = refused(passwd, "cannot be read");
        assertFalse(message.contains("root:"), message);
        assertFalse(ImportRoundTripTest.entries(ImportRoundTripTest.export(blog)).values().stream()
                .anyMatch(text -> text.contains("root:")), "/etc/passwd is nowhere in the blog");
    }

    @Test
    void a200MegabyteExportIsRefusedAtOnce() throws Exception {
        Path large = work.resolve("large.xml");
        String item = ITEM.formatted("Filler", "x".repeat(10_000));
        try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            out.write(HEAD + RSS);
            for (long written = 0; written < 200L * 1024 * 1024; written += item.length()) {
                out.write(item);
            }
            out.write("</channel></rss>");
        }
        assertTrue(Files.size(large) > 200L * 1024 * 1024);
        long start = System.nanoTime();
        refused(large, "larger than 100 MiB");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "refused in " + millis + " ms, without reading it all");
        Files.delete(large);
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path deep = xml("deep.xml", HEAD + RSS + "<item>" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
                + "</item></channel></rss>");
        refused(deep, "nests elements more than 64 deep");
    }

    @Test
    void oneElementOfMoreThan16MebicharactersIsRefused() throws Exception {
        Path huge = xml("huge.xml", HEAD + RSS + ITEM.formatted("Huge", "y".repeat(WxrReader.MAX_TEXT + 1))
                + "</channel></rss>");
        refused(huge, "an element of more than 16,777,216 characters");
    }

    /** A stream has no size to check first: its bytes are counted as read, and reading stops past the limit. */
    @Test
    void aStreamIsCutOffPastItsLimit() throws Exception {
        try (LimitedStream in = new LimitedStream(new java.io.ByteArrayInputStream(new byte[101]), 100)) {
            assertEquals(100, in.readNBytes(100).length);
            assertThrows(LimitedStream.TooLarge.class, in::read);
        }
    }

    @Test
    void malformedXmlIsRefusedWithWhere() throws Exception {
        refused(xml("broken.xml", HEAD + RSS + "<item><title>Unclosed</item></channel></rss>"),
                "This XML file cannot be read (line and column");
    }

    @Test
    void xmlThatIsNotAWordPressExportIsRefused() throws Exception {
        refused(xml("feed.xml", HEAD + "<rss version=\"2.0\"><channel><title>A feed</title><item><title>Post"
                + "</title></item></channel></rss>"), "not a WordPress export (it has no wp:wxr_version");
        refused(xml("page.xml", "<html><body><p>Hello</p></body></html>"), "its root is <html>, not <rss>");
    }
}
