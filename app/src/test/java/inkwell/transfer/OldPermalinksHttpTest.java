package inkwell.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.NeededOnCi;
import inkwell.OneBlogPerClass;
import inkwell.RunningBlog;
import inkwell.media.Multipart;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog moved from WordPress keeps its old links: two WordPress exports (day-and-name permalinks, and a custom
 * {@code /%category%/%postname%/} structure with a percent-encoded category, a post filed under "tags" whose
 * address is one of Inkwell's, and a post with no {@code <link>}) imported into a real blog; real HTTP requests
 * for the old addresses get one permanent redirect to the post's address now. The round trip runs before the
 * rename and the delete, which change the blog.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OldPermalinksHttpTest extends OneBlogPerClass {
    private static final String HELLO = "/2024/01/15/hello-engine-room";
    private static final String CAFE = "/r%C3%A9sum%C3%A9s/Cafe-au-lait-in-the-field/";
    private static final String NO_LINK = "/2019/03/14/no-link-here/";

    @TempDir
    static Path work;

    private static Path resource(String name) throws Exception {
        return Path.of(OldPermalinksHttpTest.class.getResource("/inkwell/transfer/wordpress/" + name).toURI());
    }

    @BeforeAll
    void importTwoWordPressBlogs() throws Exception {
        Path fieldNotes = resource("field-notes.wordpress.2024-05-01.xml");
        HttpResponse<String> preview = blog.send(HttpRequest.newBuilder(blog.uri("/import"))
                .header("Content-Type", Multipart.contentType()).POST(new Multipart()
                        .field("_csrf", blog.csrfToken())
                        .file("source", "field-notes.xml", "application/xml", Files.readAllBytes(fieldNotes))
                        .publisher()));
        assertEquals(200, preview.statusCode(), preview.body());
        String shown = Jsoup.parse(preview.body()).select("main").text();
        assertTrue(shown.contains("3 posts, 0 images, 5 old addresses kept as redirects; 1 skipped"), shown);
        assertTrue(shown.contains("old address /tags/engines-seen-on-the-way of post 42 (Engines seen on the way): "
                + "not kept as a redirect: it is one of Inkwell's own addresses"), shown);

        ImportReport engineNotes = blog.blog.imports().run(resource("engine-notes.wordpress.2024-03-02.xml"));
        assertTrue(engineNotes.summary().contains("4 posts, 0 images, 6 old addresses kept as redirects"),
                engineNotes.text());
        ImportReport field = blog.blog.imports().run(fieldNotes);
        assertTrue(field.summary().endsWith("5 old addresses kept as redirects; 1 skipped"), field.text());
    }

    /** The post's address an old link leads to, checked to be one permanent redirect. */
    private static String redirect(BlogClient client, String oldAddress, String slug) throws Exception {
        HttpResponse<String> response = client.get(oldAddress);
        assertEquals(301, response.statusCode(), oldAddress + ": " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/posts/\\d+/" + slug), oldAddress + " → " + location);
        return location;
    }

    @Test
    @Order(1)
    void everyOldAddressRedirectsOnceToThePostForReadersAndTheOwner() throws Exception {
        BlogClient reader = blog.visitor();
        String hello = redirect(reader, HELLO + "/", "hello-engine-room");
        assertEquals(200, reader.get(hello).statusCode(), "the post itself, to a reader");
        for (String old : new String[] {HELLO, "/?p=10", "/index.php?p=10", "/?p=010"}) {
            assertEquals(hello, redirect(reader, old, "hello-engine-room"), old);
        }
        redirect(reader, "/2023/11/05/classic-notes-on-the-mill/", "classic-notes-on-the-mill");
        redirect(reader, "/?p=7", "classic-notes-on-the-mill");
        String cafe = redirect(reader, CAFE, "cafe-au-lait-in-the-field");
        assertEquals(cafe, redirect(blog.visitor(), "/?p=41", "cafe-au-lait-in-the-field"));
        assertEquals(404, reader.get(CAFE.toLowerCase()).statusCode(), "an address keeps its case");
        redirect(reader, NO_LINK, "no-link-here");
        redirect(reader, "/?p=42", "engines-seen-on-the-way");
        assertEquals(404, reader.get("/tags/engines-seen-on-the-way").statusCode(),
                "Inkwell's own address is left alone (no such tag)");

        for (String unpublished : new String[] {"/?p=12", "/?p=14"}) {
            HttpResponse<String> hidden = reader.get(unpublished);
            assertEquals(404, hidden.statusCode(), unpublished + " is not public: " + hidden.body());
            assertEquals(301, blog.get(unpublished).statusCode(), "the owner is led to " + unpublished);
        }
        redirect(blog.newOwnerBrowser(), "/?p=12", "half-a-thought-on-punched-cards");
    }

    @Test
    @Order(2)
    void hostileAddressesGetAPlainNotFound() throws Exception {
        BlogClient reader = blog.visitor();
        HttpResponse<String> script = reader.get("/index.php?p=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, script.statusCode());
        assertFalse(script.body().contains("<script>alert"), "nothing echoed unescaped");
        assertEquals(200, reader.get("/?p=junk").statusCode(), "the home page, whatever p holds");
        assertEquals(404, reader.get("/?p=999999999999999999").statusCode(), "no such post number");
        assertEquals(404, reader.get("/" + "a".repeat(10_000)).statusCode(), "a 10,000-character path");
        assertEquals(404, reader.get("/" + "b/".repeat(300)).statusCode(), "long, with a trailing slash");
        int nul = reader.get(HELLO + "%00").statusCode();
        assertTrue(nul == 400 || nul == 404, "%00: " + nul);
        assertEquals(404, reader.get("/2024/01/15/../15/hello-engine-room").statusCode(), "dot segments: no match");
        int post = reader.postRaw(HELLO, Map.of()).statusCode();
        assertTrue(post == 403 || post == 404, "only reads are redirected: " + post);
    }

    @Test
    @Order(3)
    void exportKeepsTheAddressesForTheRoundTripAndForHugo() throws Exception {
        byte[] first = ImportRoundTripTest.export(blog);
        Map<String, String> files = ImportRoundTripTest.entries(first);
        String hello = files.entrySet().stream().filter(file -> file.getKey().endsWith("-hello-engine-room.md"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertTrue(hello.contains("- " + HELLO + "\n") && hello.contains("wordpress_id: 10\n"), hello);

        Path zip = Files.write(work.resolve("export.zip"), first);
        try (RunningBlog empty = RunningBlog.start(Files.createDirectories(work.resolve("empty")))) {
            ImportReport report = empty.blog.imports().run(zip);
            assertTrue(report.skipped().isEmpty(), report.text());
            assertEquals(files, ImportRoundTripTest.entries(ImportRoundTripTest.export(empty)));
            redirect(empty.visitor(), CAFE, "cafe-au-lait-in-the-field");
            redirect(empty.visitor(), "/index.php?p=43", "no-link-here");
        }

        NeededOnCi.require(Files.isExecutable(Path.of("/usr/bin/hugo")), "hugo (apt-get install hugo)");
        Path site = Files.createDirectories(work.resolve("site"));
        ExportHttpTest.unzip(first, site);
        ExportHttpTest.run(site, "hugo", "--quiet", "--destination", site.resolve("public").toString());
        String page = Files.readString(site.resolve("public/résumés/Cafe-au-lait-in-the-field/index.html"));
        assertTrue(page.matches("(?s).*/posts/\\d+/cafe-au-lait-in-the-field/.*"), "Hugo's redirect page: " + page);
        assertTrue(Files.exists(site.resolve("public" + HELLO + "/index.html")));
    }

    @Test
    @Order(4)
    void aRenamedPostIsFoundAtItsNewAddressAndADeletedOneIsGone() throws Exception {
        String cafe = redirect(blog.visitor(), CAFE, "cafe-au-lait-in-the-field");
        String id = cafe.split("/")[2];
        HttpResponse<String> renamed = blog.postForm("/posts/" + id + "/edit", Map.of("title", "Coffee outdoors",
                "name", "Mary Somerville", "content", "Morning notes, with coffee.", "status", "published"));
        assertEquals(303, renamed.statusCode(), renamed.body());
        assertEquals("/posts/" + id + "/coffee-outdoors", redirect(blog.visitor(), CAFE, "coffee-outdoors"));

        String gone = redirect(blog.visitor(), NO_LINK, "no-link-here").split("/")[2];
        assertEquals(303, blog.postForm("/posts/" + gone + "/delete", Map.of()).statusCode());
        assertEquals(404, blog.visitor().get(NO_LINK).statusCode());
        assertEquals(404, blog.get("/?p=43").statusCode(), "not even for the owner");
    }
}
