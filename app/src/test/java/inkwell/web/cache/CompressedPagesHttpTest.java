package inkwell.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.OneBlogPerClass;
import inkwell.RunningBlog;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept pages as a browser asks for them (Accept-Encoding: gzip, its cookie): compressed once, with each
 * request's view count and token spliced in, yet a valid gzip stream (checked by the JDK's reader, which verifies
 * the CRC and length, and by the gzip program) whose page is exactly what the uncompressed answer says.
 */
class CompressedPagesHttpTest extends OneBlogPerClass {
    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

    @TempDir
    Path scratch;

    private static HttpResponse<byte[]> get(BlogClient client, String path, String encodings) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path));
        if (encodings != null) {
            request.header("Accept-Encoding", encodings);
        }
        return client.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aKeptPageComesCompressedWithThisRequestsViewCountAndToken() throws Exception {
        String post = blog.createPost("Squeezed once", "Ada", "Some *text* worth compressing. ".repeat(50));
        BlogClient browser = blog.newOwnerBrowser();
        String plain = new String(get(browser, post, null).body(), StandardCharsets.UTF_8);
        long views = RunningBlog.viewsShownOn(plain);
        long fromMemory = blog.pageCache().answeredFromMemory();

        HttpResponse<byte[]> compressed = get(browser, post, BROWSER_ENCODINGS);
        assertEquals(fromMemory + 1, blog.pageCache().answeredFromMemory(), "answered from the kept page");
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(compressed.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertTrue(compressed.body().length < plain.length() / 2, "compressed: " + compressed.body().length);
        String page = gunzip(compressed.body());
        assertEquals(views + 1, RunningBlog.viewsShownOn(page), "this request's own view, exact");
        assertEquals(RunningBlog.csrfTokenIn(plain), RunningBlog.csrfTokenIn(page), "this browser's own token");
        assertEquals(plain.replaceAll("\\d+ views?", "N views"), page.replaceAll("\\d+ views?", "N views"));
        assertEquals(page, gzipProgram(compressed.body()), "the gzip program reads the same page");
    }

    @Test
    void aVisitorsPageWithoutHolesIsSentAsMadeOnceAndEveryViewStillCounts() throws Exception {
        String post = blog.createPost("Read by visitors", "Ada", "Plain words worth compressing. ".repeat(50));
        BlogClient owner = blog.newOwnerBrowser();
        long views = RunningBlog.viewsShownOn(new String(get(owner, post, null).body(), StandardCharsets.UTF_8));
        BlogClient visitor = blog.visitor();
        String plain = new String(get(visitor, post, null).body(), StandardCharsets.UTF_8);
        assertFalse(plain.matches("(?s).*\\d+ views?.*"), "a visitor's page shows no count: it has no holes");
        long fromMemory = blog.pageCache().answeredFromMemory();

        HttpResponse<byte[]> first = get(visitor, post, BROWSER_ENCODINGS);
        HttpResponse<byte[]> second = get(visitor, post, BROWSER_ENCODINGS);
        assertEquals(fromMemory + 2, blog.pageCache().answeredFromMemory(), "both answered from the kept page");
        assertEquals("gzip", second.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(first.body(), second.body(), "the same bytes each time");
        assertEquals(plain, gunzip(second.body()), "the JDK's reader checks the CRC and length");
        assertEquals(plain, gzipProgram(second.body()), "the gzip program reads the same page");
        String after = new String(get(owner, post, null).body(), StandardCharsets.UTF_8);
        assertEquals(views + 4, RunningBlog.viewsShownOn(after), "the visitor's three views and the owner's own");
    }

    @Test
    void anEditShowsInTheVeryNextCompressedPage() throws Exception {
        String post = blog.createPost("Before the edit", "Ada", "First words.");
        BlogClient browser = blog.newOwnerBrowser();
        assertTrue(gunzip(get(browser, post, BROWSER_ENCODINGS).body()).contains("Before the edit"));
        assertTrue(gunzip(get(browser, post, BROWSER_ENCODINGS).body()).contains("Before the edit"));
        String edit = post.replaceAll("^(/posts/\\d+)/.*", "$1/edit");
        assertEquals(303, blog.postForm(edit, Map.of("title", "After the edit", "name", "Ada",
                "content", "Second words.")).statusCode());
        String home = gunzip(get(browser, "/", BROWSER_ENCODINGS).body());
        assertTrue(home.contains("After the edit") && !home.contains("Before the edit"), "home after the edit");
    }

    @Test
    void aClientThatRefusesGzipGetsThePlainPage() throws Exception {
        BlogClient client = blog.newOwnerBrowser();
        get(client, "/posts", null);
        for (String encodings : new String[] {"gzip;q=0, identity", "identity", "br"}) {
            HttpResponse<byte[]> response = get(client, "/posts", encodings);
            // Undertow names "identity" when the client listed it; either way the body is the page as is.
            assertEquals("identity", response.headers().firstValue("Content-Encoding").orElse("identity"), encodings);
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("All posts"), encodings);
        }
    }

    /** The gzip program as an independent reader of what was sent. */
    private String gzipProgram(byte[] body) throws Exception {
        Path file = Files.write(scratch.resolve("page.gz"), body);
        Process gzip = new ProcessBuilder("gzip", "-dc", file.toString()).start();
        String page = new String(gzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gzip.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, gzip.exitValue(), new String(gzip.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return page;
    }
}
