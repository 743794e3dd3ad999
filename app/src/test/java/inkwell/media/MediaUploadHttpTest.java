package inkwell.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Uploads through the real server: what is stored, how it is served, and every kind of bad upload refused. */
class MediaUploadHttpTest extends OneBlogPerClass {
    private static final Pattern URL = Pattern.compile("\"url\":\"(/media/([0-9a-f]{64})\\.(png|jpg|gif))\"");

    HttpResponse<String> upload(Multipart body) throws Exception {
        return blog.send(HttpRequest.newBuilder(blog.uri("/media")).header("Content-Type", Multipart.contentType())
                .header("Accept", "application/json").POST(body.publisher()));
    }

    HttpResponse<String> upload(String fileName, String type, byte[] bytes) throws Exception {
        return upload(new Multipart().field("_csrf", blog.csrfToken()).file("file", fileName, type, bytes));
    }

    /** Uploads a file that must be taken, and returns its address. */
    String stored(String fileName, byte[] bytes) throws Exception {
        HttpResponse<String> response = upload(fileName, "image/png", bytes);
        assertEquals(201, response.statusCode(), response.body());
        Matcher url = URL.matcher(response.body());
        assertTrue(url.find(), response.body());
        return url.group(1);
    }

    Path media() {
        return blog.settings.dataDir().resolve("media");
    }

    long storedFiles() throws Exception {
        try (Stream<Path> files = Files.list(media())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anImageIsStoredUnderItsHashAndServedWithImmutableCaching() throws Exception {
        String url = stored("shot.png", TestImages.png(120, 80));
        HttpResponse<byte[]> image = blog.client.send(HttpRequest.newBuilder(blog.uri(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", image.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String hash = url.substring("/media/".length(), url.lastIndexOf('.'));
        assertEquals(hash, MediaStore.sha256(image.body()), "the name is the hash of the bytes served");
    }

    @Test
    void theSameImageTwiceIsStoredOnce() throws Exception {
        byte[] png = TestImages.png(90, 60);
        String first = stored("a.png", png);
        long files = storedFiles();
        String second = stored("b-copy.png", png);
        assertEquals(first, second);
        assertEquals(files, storedFiles(), "no second file");
    }

    @Test
    void aWideImageIsScaledTo2000PixelsWithA1000PixelCopy() throws Exception {
        String url = stored("wide.jpg", TestImages.jpeg(3000, 1500));
        assertTrue(url.endsWith(".jpg"), url);
        Path main = media().resolve(url.substring("/media/".length()));
        Path small = media().resolve(main.getFileName().toString().replace(".jpg", "-1000w.jpg"));
        assertEquals("2000x1000", ImageMagick.size(main), "identify reads the stored image");
        assertEquals("1000x500", ImageMagick.size(small));
        assertEquals(200, blog.get("/media/" + small.getFileName()).statusCode());
    }

    @Test
    void refusedFilesGetAClearMessageAndNothingIsStored() throws Exception {
        long before = storedFiles();
        assertRefused(415, "not a PNG, JPEG, GIF or WebP", upload("page.png", "image/png",
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes()));
        assertRefused(415, "SVG", upload("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"
                        .getBytes()));
        byte[] jpeg = TestImages.jpeg(400, 300);
        assertRefused(422, "damaged or cut short", upload("cut.jpg", "image/jpeg",
                Arrays.copyOf(jpeg, jpeg.length / 2)));
        assertRefused(422, "empty", upload("nothing.png", "image/png", new byte[0]));
        assertRefused(413, "40 megapixels", upload("bomb.png", "image/png", TestImages.pngClaiming(50_000, 50_000)));
        assertEquals(before, storedFiles());
        try (Stream<Path> incoming = Files.list(media().resolve(".incoming"))) {
            assertEquals(List.of(), incoming.toList(), "no upload left behind");
        }
    }

    @Test
    void aFileOver20MiBIsRefusedWith413() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(TestImages.png(10, 10), 0, big, 0, 100);
        HttpResponse<String> response = upload("huge.png", "image/png", big);
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than 20 MiB"), response.body());
    }

    @Test
    void anUploadWithoutTheTokenIsForbidden() throws Exception {
        HttpResponse<String> response = upload(new Multipart().file("file", "a.png", "image/png",
                TestImages.png(20, 20)));
        assertRefused(403, "security token", response);
    }

    @Test
    void brokenMultipartBodiesGetA400() throws Exception {
        String token = blog.csrfToken();
        Multipart many = new Multipart().field("_csrf", token);
        for (int i = 0; i < 5_000; i++) {
            many.field("f" + i, "x");
        }
        assertRefused(400, "could not be read", upload(many));
        Multipart hugeHeader = new Multipart().field("_csrf", token).text("--" + Multipart.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "a".repeat(200_000)
                + ".png\"\r\n\r\n").text("x\r\n");
        HttpResponse<String> header = upload(hugeHeader);
        assertRefused(400, "could not be read", header);
        HttpResponse<String> cut = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("--" + Multipart.BOUNDARY + "\r\nContent-Disp")));
        assertRefused(400, "could not be read", cut);
    }

    @Test
    void wrongNamesAndPathTraversalAre404() throws Exception {
        for (String path : List.of("/media/" + "0".repeat(64) + ".png", "/media/../db/seg0", "/media/..%2Fdb",
                "/media/%2e%2e/inkwell.url", "/media/abc.png", "/media/" + "0".repeat(64) + ".svg")) {
            int status = blog.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    static void assertRefused(int status, String words, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\"error\":"), response.body());
        assertTrue(response.body().contains(words), "expected '" + words + "' in " + response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
