package inkwell.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import inkwell.RunningBlog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pages served from memory stay correct: a write shows on the very next request everywhere the post appears,
 * view counts and CSRF tokens are per request, never copied from whoever rendered the page first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheHttpTest extends OneBlogPerClass {

    @Test
    void theSecondReadIsAnsweredFromMemoryAndAWriteMakesTheNextReadRenderAgain() throws Exception {
        PageCache cache = blog.pageCache();
        String post = blog.createPost("Kept in memory", "Ada", "Read twice");
        String id = post.split("/")[2];
        assertEquals(200, blog.get(post).statusCode()); // rendered and kept
        long kept = cache.answeredFromMemory();
        assertEquals(200, blog.get(post).statusCode());
        assertEquals(kept + 1, cache.answeredFromMemory(), "the second GET was answered from the kept page");

        String token = blog.csrfToken();
        assertEquals(303, blog.postRaw("/posts/" + id + "/edit", Map.of("_csrf", token, "title", "Kept in memory",
                "name", "Ada", "content", "Written again")).statusCode());
        long afterWrite = cache.answeredFromMemory();
        HttpResponse<String> rendered = blog.get(post);
        assertTrue(rendered.body().contains("Written again"), "the edit shows");
        assertEquals(afterWrite, cache.answeredFromMemory(), "the first GET after a write was rendered again");
        assertTrue(blog.get(post).body().contains("Written again"));
        assertEquals(afterWrite + 1, cache.answeredFromMemory(), "and the one after it came from memory again");
    }

    @Test
    void anEditShowsOnTheRedirectTargetAndOnEveryListingRightAway() throws Exception {
        String post = blog.createPost("Before the edit", "Ada", "First text");
        String id = post.split("/")[2];
        for (String page : new String[] {post, "/", "/posts"}) {
            blog.get(page); // rendered and kept
            assertTrue(blog.get(page).body().contains("Before the edit"), page);
        }
        HttpResponse<String> saved = blog.postForm("/posts/" + id + "/edit",
                Map.of("title", "After the edit", "name", "Ada", "content", "Second text"));
        assertEquals(303, saved.statusCode());
        String target = saved.headers().firstValue("Location").orElseThrow();
        String shown = blog.get(target).body();
        assertTrue(shown.contains("After the edit") && shown.contains("Second text"), "the 303's target is new");
        for (String page : new String[] {"/", "/posts"}) {
            String body = blog.get(page).body();
            assertTrue(body.contains("After the edit") && !body.contains("Before the edit"), page);
        }
        assertEquals(301, blog.get(post).statusCode(), "the old address, kept before the edit, now redirects");
    }

    @Test
    void aDeletedPostIsGoneAtOnceThoughItsPageWasKept() throws Exception {
        String post = blog.createPost("Soon deleted", "Ada", "Bye");
        String id = post.split("/")[2];
        assertEquals(200, blog.get(post).statusCode());
        assertEquals(200, blog.get(post).statusCode());
        assertEquals(303, blog.postForm("/posts/" + id + "/delete", Map.of()).statusCode());
        assertEquals(404, blog.get(post).statusCode());
        assertFalse(blog.get("/posts").body().contains("Soon deleted"));
    }

    @Test
    void everyReadOfAKeptPageCountsAndShowsItsOwnViewWhileHeadDoesNot() throws Exception {
        String post = blog.createPost("Counted from memory", "Ada", "Count me");
        long first = RunningBlog.viewsShownOn(blog.get(post).body());
        for (int i = 1; i <= 5; i++) {
            assertEquals(first + i, RunningBlog.viewsShownOn(blog.get(post).body()));
        }
        HttpResponse<String> head = blog.send(HttpRequest.newBuilder(blog.uri(post))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValueAsLong("Content-Length").orElse(0) > 1000);
        assertEquals(first + 6, RunningBlog.viewsShownOn(blog.get(post).body()), "HEAD counted no view");
        assertTrue(blog.get("/posts").body().contains((first + 6) + " views"), "the list shows the exact count");
    }

    @Test
    void eachVisitorGetsTheirOwnTokenFromAKeptPage() throws Exception {
        String post = blog.createPost("Token holes", "Ada", "Mine");
        blog.get(post);
        String mine = RunningBlog.csrfTokenIn(blog.get(post).body());
        assertEquals(blog.csrfToken(), mine, "this visitor's own token, matching their cookie");
        BlogClient stranger = blog.newOwnerBrowser();
        HttpResponse<String> theirs = stranger.get(post);
        String theirToken = RunningBlog.csrfTokenIn(theirs.body());
        assertNotEquals(mine, theirToken, "a new visitor is not handed someone else's token");
        assertTrue(theirs.headers().firstValue("Set-Cookie").orElse("").contains(theirToken),
                "and gets the cookie that matches it");
        assertEquals(303, stranger.postForm("/posts/" + post.split("/")[2] + "/delete",
                Map.of("_csrf", theirToken)).statusCode(), "their token from the kept page works");
    }

    @Test
    void aKeptPageIsNotServedToAForeignHost() throws Exception {
        String post = blog.createPost("Local only", "Ada", "Here");
        blog.get(post);
        assertEquals(421, RawHttp.send(blog.uri("/"), "GET " + post + " HTTP/1.1\r\nHost: rebound.example\r\n"
                + "Connection: close\r\n\r\n").status());
    }
}
