package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runaway client cannot fill the disk through autosave: past a burst it gets 429 with Retry-After (and a
 * sentence), and new posts made by autosave have a slower limit of their own.
 */
class AutosaveRateHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void aRunawayClientIsSlowedDownWithRetryAfter() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String path = blog.createPost("Flooded", "Ada", "Text.");
            String autosave = path.replaceFirst("^(/posts/\\d+)/.*", "$1/edit/autosave");
            String token = blog.csrfToken();
            int accepted = 0;
            HttpResponse<String> refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                HttpResponse<String> response = blog.postForm(autosave, Map.of("_csrf", token, "title", "Flooded",
                        "name", "Ada", "content", "Version " + i));
                if (response.statusCode() == 429) {
                    refused = response;
                } else {
                    assertEquals(200, response.statusCode(), response.body());
                    accepted++;
                }
            }
            assertTrue(refused != null, "200 autosaves in a row were all taken");
            assertTrue(accepted >= Revisions.AUTOSAVE_BURST, "a burst of " + accepted + " only");
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
            assertTrue(refused.body().contains("Too many autosaves"), refused.body());
        }
    }

    @Test
    void newPostsMadeByAutosaveHaveASlowerLimit() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String token = blog.csrfToken();
            int made = 0;
            int status = 200;
            for (int i = 0; i < 40 && status == 200; i++) {
                String key = RevisionsHttpTest.keyIn(blog.get("/new").body());
                status = blog.postForm("/posts/new/autosave", Map.of("_csrf", token, "autosave_key", key,
                        "title", "Spam " + i, "name", "Bot", "content", "Spam.")).statusCode();
                made += status == 200 ? 1 : 0;
            }
            assertEquals(429, status);
            assertTrue(made >= Revisions.NEW_POST_BURST && made < 40, made + " new posts");
        }
    }
}
