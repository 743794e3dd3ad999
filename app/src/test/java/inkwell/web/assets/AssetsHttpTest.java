package inkwell.web.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RawHttp;
import inkwell.OneBlogPerClass;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static files: caching, compression and no way out of the assets folder. */
class AssetsHttpTest extends OneBlogPerClass {
    private String stylesheetUrl() throws Exception {
        Matcher matcher = Pattern.compile("href=\"(/assets/css/site\\.css\\?v=[0-9a-f]+)\"").matcher(blog.get("/").body());
        assertTrue(matcher.find(), "the layout links the fingerprinted stylesheet");
        return matcher.group(1);
    }

    @Test
    void fingerprintedAssetIsCachedForAYearWithAnETagAnd304() throws Exception {
        HttpResponse<String> css = blog.get(stylesheetUrl());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertTrue(css.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<String> again = blog.send(HttpRequest.newBuilder(blog.uri(stylesheetUrl()))
                .header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void unversionedAssetMustRevalidate() throws Exception {
        HttpResponse<String> css = blog.get("/assets/css/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=0, must-revalidate", css.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void textAssetsAreGzipped() throws Exception {
        HttpResponse<byte[]> css = blog.client.send(HttpRequest.newBuilder(blog.uri("/assets/css/site.css"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals((byte) 0x1f, css.body()[0]);
        assertTrue(css.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        byte[] plain = blog.client.send(HttpRequest.newBuilder(blog.uri("/assets/css/site.css")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(css.body()))) {
            assertArrayEquals(plain, in.readAllBytes(), "the gzip made once is the stylesheet");
        }
        assertEquals(String.valueOf(css.body().length), css.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void bundledHighlighterIsServedOffline() throws Exception {
        String post = blog.get(blog.createPost("Code", "Ada", "```java\nint x;\n```")).body();
        Matcher matcher = Pattern.compile("src=\"(/assets/vendor/highlight/highlight\\.min\\.js\\?v=[0-9a-f]+)\"")
                .matcher(post);
        assertTrue(matcher.find());
        HttpResponse<String> script = blog.get(matcher.group(1));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("hljs"));
        assertFalse(post.contains("https://cdn"), "nothing from a CDN");
    }

    @Test
    void faviconIsServed() throws Exception {
        HttpResponse<String> icon = blog.get("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/assets/../db/seg0", "/assets/..%2f..%2fdb/service.properties", "/assets/%2e%2e/%2e%2e/secret.key",
            "/assets/%252e%252e/%252e%252e/secret.key", "/assets/..%5c..%5csecret.key", "/assets/css/..\\..\\pom.xml",
            "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.key", "/assets/%e2%80%a4%e2%80%a4/secret.key",
            "/assets/../../../../etc/passwd", "/assets//etc/passwd", "/assets/META-INF/persistence.xml",
            "/assets/../inkwell/Blog.class", "/assets/css/", "/assets/", "/assets/css/site.css%00.png",
            "/assets/../META-INF/persistence.xml", "/assets/../inkwell/version.properties"})
    void traversalVariantsAreNotServed(String path) throws Exception {
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        int status = response.status();
        assertTrue(status == 404 || status == 400 || status == 301, path + " answered " + status);
        assertFalse(response.text().contains("root:x:0"), path);
        assertFalse(response.text().contains("persistence-unit"), path);
        assertFalse(response.text().contains("version="), path);
    }
}
