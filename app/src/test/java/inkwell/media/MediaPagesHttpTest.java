package inkwell.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Images in posts and on the Media page: sizes and srcset in the stored HTML, uses, and deletes. */
class MediaPagesHttpTest extends OneBlogPerClass {
    private static final Pattern URL = Pattern.compile("\"url\":\"(/media/[0-9a-f]{64}\\.(?:png|jpg))\"");

    String stored(byte[] bytes) throws Exception {
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                .POST(new Multipart().field("_csrf", blog.csrfToken()).file("file", "x.jpg", "image/jpeg", bytes)
                        .publisher()));
        Matcher url = URL.matcher(response.body());
        assertTrue(url.find(), response.body());
        return url.group(1);
    }

    @Test
    void aPostShowsTheImageWithItsSizeAndSmallerCopy() throws Exception {
        String url = stored(TestImages.jpeg(2400, 1200));
        String post = blog.createPost("A wide chart", "Ada", "Look:\n\n![A wide chart](" + url + ")\n");
        String page = blog.get(post).body();
        String small = url.replace(".jpg", "-1000w.jpg");
        assertTrue(page.contains("src=\"" + url + "\""), page);
        assertTrue(page.contains("width=\"2000\" height=\"1000\""), page);
        assertTrue(page.contains("srcset=\"" + small + " 1000w, " + url + " 2000w\""), page);
        assertTrue(page.contains("sizes=\""), page);
    }

    @Test
    void aUsedImageCannotBeDeletedAnUnusedOneCan() throws Exception {
        String used = stored(TestImages.jpeg(300, 200));
        String unused = stored(TestImages.png(64, 64));
        blog.createPost("Holiday notes", "Ada", "![Beach](" + used + ")");
        String media = blog.get("/media").body();
        assertTrue(media.contains("Holiday notes"), media);
        assertTrue(media.contains(unused.substring(7)), media);

        HttpResponse<String> refused = blog.postForm(used + "/delete", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("still shown by \u201cHoliday notes\u201d"), refused.body());
        assertEquals(200, blog.get(used).statusCode());

        HttpResponse<String> deleted = blog.postForm(unused + "/delete", Map.of());
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertEquals(404, blog.get(unused).statusCode());
        assertEquals(403, blog.postRaw(used + "/delete", Map.of()).statusCode(), "no token, no delete");
    }

    @Test
    void withoutScriptTheMediaPageFormUploadsAndShowsTheMarkdown() throws Exception {
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType())
                .POST(new Multipart().field("_csrf", blog.csrfToken())
                        .file("file", "plain.png", "image/png", TestImages.png(50, 40)).publisher()));
        assertEquals(303, response.statusCode(), response.body());
        String page = blog.get(response.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("The image is stored."), page);
        HttpResponse<String> refused = blog.send(HttpRequest.newBuilder(blog.uri("/media"))
                .header("Content-Type", Multipart.contentType())
                .POST(new Multipart().field("_csrf", blog.csrfToken())
                        .file("file", "logo.svg", "image/svg+xml", "<svg/>".getBytes()).publisher()));
        assertEquals(415, refused.statusCode());
        assertTrue(refused.body().contains("<html") && refused.body().contains("SVG"), "an error page");
    }
}
