package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Any other program on 127.0.0.1 can plant cookies for this host (cookies ignore ports). However many arrive, up
 * to the header size limit, and however malformed, every page answers normally and the blog's own cookie still
 * works; Undertow's own limit (200) used to throw a 500, once from the page cache on the IO thread.
 */
class CookieFloodHttpTest extends OneBlogPerClass {
    private String post;

    @BeforeAll
    void aPost() throws Exception {
        post = blog.createPost("Under a pile of cookies", "Ada", "Still *readable*.");
    }

    private static String cookies(int count, String extra) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add("planted" + i + "=v" + i);
        }
        pairs.add(count / 2, extra);
        return String.join("; ", pairs);
    }

    private RawHttp.Response get(String path, String cookieHeader) throws Exception {
        return RawHttp.send(blog.uri("/"), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + blog.uri("/").getPort()
                + "\r\nCookie: " + cookieHeader + "\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300, 3_000})
    void everyPageAnswersNormallyUnderManyCookiesTwiceSoTheKeptCopyToo(int count) throws Exception {
        String editPath = post.replaceAll("^(/posts/\\d+)/.*", "$1/edit");
        String deletePath = post.replaceAll("^(/posts/\\d+)/.*", "$1/delete");
        for (String path : List.of("/", "/posts", post, "/new", editPath, deletePath, "/stop", "/no-such-page")) {
            for (int round = 0; round < 2; round++) {
                RawHttp.Response response = get(path, cookies(count, "half=;;=;odd; " + blog.ownerCookie()));
                int expected = path.equals("/no-such-page") ? 404 : 200;
                assertEquals(expected, response.status(), path + " with " + count + " cookies:\n" + response.text());
                assertFalse(response.text().contains("Exception"), path);
            }
        }
    }

    @Test
    void theBlogsOwnTokenStillWorksAmongThreeHundredOthers() throws Exception {
        String token = blog.csrfToken();
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&title=Posted+through+the+pile&name=Ada&content=Made+it.";
        int port = blog.uri("/").getPort();
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "POST /posts HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nCookie: " + cookies(300, "inkwell_csrf=" + token + "; " + blog.ownerCookie())
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertEquals(303, response.status(), response.text());
        assertTrue(response.text().contains("Location: /posts/"), response.text());
    }
}
