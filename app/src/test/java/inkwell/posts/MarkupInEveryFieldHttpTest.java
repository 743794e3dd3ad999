package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Markup typed into each field (title, author, content) comes out escaped or sanitized on every page that
 * shows the field: home, the list, the post (body, {@code <title>}, meta tags), the edit form and the delete
 * page, whether the page was just rendered or served from memory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkupInEveryFieldHttpTest extends OneBlogPerClass {
    private static final String ATTACK = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'<svg onload=alert(3)>";
    /** The author field holds at most 60 characters. */
    private static final String SHORT_ATTACK = "\"><script>alert(1)</script>";
    /** A live tag or attribute that would run script: any of these in the HTML means the markup got through. */
    private static final List<Pattern> LIVE = List.of(
            Pattern.compile("<script>alert", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<img[^>]*onerror", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<svg[^>]*onload", Pattern.CASE_INSENSITIVE),
            Pattern.compile("=\"\"><script", Pattern.CASE_INSENSITIVE));

    @Test
    void markupInTitleAuthorAndContentIsInertOnEveryPage() throws Exception {
        String post = blog.createPost("Title " + ATTACK, "Author " + SHORT_ATTACK, "Content " + ATTACK
                + "\n\n[link](javascript:alert(4)) <a href=\"javascript:alert(5)\">a</a>");
        String id = post.split("/")[2];
        Map<String, String> pages = Map.of("home", "/", "list", "/posts", "post", post,
                "edit form", "/posts/" + id + "/edit", "delete page", "/posts/" + id + "/delete");
        for (int pass = 1; pass <= 2; pass++) { // the second pass is served from memory where pages are kept
            for (Map.Entry<String, String> page : pages.entrySet()) {
                var response = blog.get(page.getValue());
                assertEquals(200, response.statusCode(), page.getKey());
                String html = response.body();
                assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        page.getKey() + " shows the typed markup as text");
                for (Pattern live : LIVE) {
                    assertFalse(live.matcher(html).find(), page.getKey() + " (pass " + pass + ") has " + live);
                }
                assertFalse(Pattern.compile("<a[^<>]*href=\"javascript:", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                        page.getKey() + " links to javascript:");
            }
        }
        String postHtml = blog.get(post).body();
        assertTrue(Pattern.compile("<title>Title (\"|&#34;|&quot;)&gt;&lt;script&gt;")
                .matcher(postHtml).find(), "the <title> is escaped");
        assertTrue(Pattern.compile("<meta property=\"og:title\" content=\"Title (&#34;|&quot;)(>|&gt;)&lt;script").matcher(postHtml).find(),
                "og:title is escaped inside its attribute: " + postHtml.lines()
                        .filter(line -> line.contains("og:title")).findFirst().orElse("none"));
        assertTrue(Pattern.compile("value=\"Author (&#34;|&quot;)(>|&gt;)&lt;script")
                .matcher(blog.get("/posts/" + id + "/edit").body()).find(), "the author field value is escaped in the edit form");
    }
}
