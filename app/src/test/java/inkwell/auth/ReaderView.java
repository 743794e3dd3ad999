package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** What a browser that is not the owner's must and must not get, checked over real HTTP. */
final class ReaderView {
    private static final List<String> CONTROLS = List.of(">Write<", "/edit\"", "/delete\"", "Stop Inkwell",
            ">Drafts<", "/settings\"", "/publish\"", "/media\"", "/export\"", "/account\"", "class=\"views\"",
            "name=\"_csrf\"");

    private ReaderView() {
    }

    /** Each page answers 200 and shows none of the owner's controls (nor a form token). */
    static void showsNoControls(BlogClient reader, List<String> paths) throws Exception {
        for (String path : paths) {
            HttpResponse<String> answer = reader.get(path);
            assertEquals(200, answer.statusCode(), path);
            for (String control : CONTROLS) {
                assertFalse(answer.body().contains(control), path + " shows " + control + " to a reader");
            }
        }
    }

    /** Every owner page (GET) sends the reader to sign in, and comes back to it afterwards. */
    static void sendsToSignIn(BlogClient reader, List<String> paths) throws Exception {
        for (String path : paths) {
            HttpResponse<String> answer = reader.get(path);
            assertEquals(303, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Location").orElseThrow().startsWith("/signin?next="), path);
        }
    }

    /** Every write (POST) is refused with 403, even with a genuine CSRF token of the reader's own. */
    static void refusesWrites(BlogClient reader, List<String> paths) throws Exception {
        String token = reader.csrfTokenFrom("/signin");
        for (String path : paths) {
            HttpResponse<String> answer = reader.postRaw(path, Map.of("_csrf", token, "title", "Defaced",
                    "name", "Mallory", "content", "Defaced", "password", "0123456789", "repeat", "0123456789"));
            assertEquals(403, answer.statusCode(), path);
        }
    }

    /** The owner's pages and writes of a blog with a post at {@code post}. */
    static List<String> ownerPages(String post) {
        String base = post.replaceFirst("/[^/]+$", "");
        return List.of("/new", "/posts/new", "/drafts", "/settings", "/publish", "/export", "/media", "/stop",
                "/account", base + "/edit", base + "/delete", base + "/revisions");
    }

    static List<String> writes(String post) {
        String base = post.replaceFirst("/[^/]+$", "");
        return List.of("/posts", base + "/edit", base + "/delete", "/stop", "/settings", "/publish",
                "/publish/now", "/publish/access", "/media", "/tags", "/preview", "/export", "/posts/new/autosave",
                base + "/edit/autosave", base + "/revisions/1/restore", "/account/password", "/signout");
    }
}
