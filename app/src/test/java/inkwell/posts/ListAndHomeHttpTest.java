package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Home page, pagination and their edge cases, on a blog filled through its own form. */
class ListAndHomeHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void emptyBlogInvitesTheFirstPost() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String home = blog.get("/").body();
            assertTrue(home.contains("Write your first post"));
            assertEquals(200, blog.get("/posts").statusCode());
            assertEquals("/posts", blog.get("/posts?page=3").headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void homeShowsNewestPostsAndTheWeeksMostRead() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String popular = blog.createPost("Popular post", "Ada", "Read me. ".repeat(500));
            blog.createPost("Quiet post", "Grace", "Nobody reads me.");
            for (int i = 0; i < 3; i++) {
                blog.get(popular);
            }
            String home = blog.get("/").body();
            assertTrue(home.indexOf("Quiet post") < home.indexOf("Popular post"), "newest first");
            assertTrue(home.contains("Most read this week"));
            String mostRead = home.substring(home.indexOf("Most read this week"));
            assertTrue(mostRead.contains("Popular post") && mostRead.contains("3 views"), mostRead);
            assertFalse(mostRead.contains("Quiet post"), "unread posts are not in the ranking");
            assertTrue(home.contains("<time datetime=\""), "machine-readable date");
            assertTrue(home.contains("5 min read") || home.contains("4 min read") || home.contains("6 min read"),
                    "reading time of ~1000 words");
            assertTrue(home.contains("just now"), "relative date");
        }
    }

    @ParameterizedTest
    @CsvSource({"0,/posts", "-1,/posts", "1,/posts", "abc,/posts", "4,/posts?page=3", "99999999999999999999,/posts?page=3",
            "02,/posts?page=2", "%D9%A2,/posts", "2%0A,/posts", "'',/posts"})
    void oddPageNumbersRedirectToTheNearestPage(String page, String expected) throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            for (int i = 1; i <= 25; i++) {
                blog.createPost("Post " + i, "Ada", "Text " + i);
            }
            HttpResponse<String> response = blog.get("/posts?page=" + page);
            assertEquals(302, response.statusCode(), page);
            assertEquals(expected, response.headers().firstValue("Location").orElseThrow(), page);
        }
    }

    @Test
    void listPagesTenNewestFirstWithNavigation() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            for (int i = 1; i <= 25; i++) {
                blog.createPost("Post number " + i, "Ada", "Text " + i);
            }
            String first = blog.get("/posts").body();
            assertTrue(first.contains("Post number 25") && first.contains("Post number 16"));
            assertFalse(first.contains("Post number 15<"));
            assertTrue(first.contains("rel=\"next\" href=\"/posts?page=2\""));
            assertTrue(first.contains("aria-current=\"page\">1<"));
            String third = blog.get("/posts?page=3").body();
            assertTrue(third.contains("Post number 5<") && third.contains("Post number 1<"));
            assertTrue(third.contains("rel=\"prev\" href=\"/posts?page=2\""));
            assertFalse(third.contains("rel=\"next\""));
        }
    }
}
