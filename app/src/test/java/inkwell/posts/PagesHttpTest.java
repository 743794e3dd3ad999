package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RunningBlog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page and its answers, through real HTTP against a real server and database. */
class PagesHttpTest extends OneBlogPerClass {
    @Test
    void homeListAndFormAnswerAsUtf8Html() throws Exception {
        for (String path : new String[] {"/", "/posts", "/new", "/posts/new"}) {
            HttpResponse<String> response = blog.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""), path);
            assertTrue(response.body().contains("<main"), path);
        }
    }

    @Test
    void createRedirectsToTheCanonicalUrlAndRendersMarkdownSafely() throws Exception {
        String markdown = "## Setup\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nclass A {}\n```\n\n"
                + "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n";
        String location = blog.createPost("<script>alert(1)</script> Markdown test", "Ada", markdown);
        assertTrue(location.matches("/posts/\\d+/script-alert-1-script-markdown-test"), location);

        String page = blog.get(location).body();
        assertTrue(page.contains("<h2 id=\"setup\">Setup"), "h2 with its anchor id");
        assertTrue(page.contains("<table>") && page.contains("<td>1</td>"), "table");
        assertTrue(page.contains("<pre tabindex=\"0\"><code class=\"language-java\">class A {}"), "fenced code with language");
        assertFalse(page.contains("<script>alert"), "no script from the title or body");
        assertFalse(page.contains("onerror"), "no event handler");
        assertFalse(page.contains("javascript:alert"), "no javascript: link");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; Markdown test"), "title escaped");
        assertTrue(page.contains("<meta name=\"description\" content=\"click.\">"),
                "description: the prose only, without the heading, table and code");
        assertTrue(page.contains("<meta property=\"og:title\""));
        assertTrue(page.contains("<meta property=\"og:type\" content=\"article\">"));
        assertTrue(page.contains("<meta property=\"og:url\" content=\"" + blog.uri(location) + "\">"));
        assertTrue(page.contains("<meta property=\"article:published_time\""));
        assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + blog.uri(location) + "\">"));
    }

    @Test
    void utf8TextRoundTripsThroughTheForm() throws Exception {
        String title = "Zoë's café — 日本語 🚀";
        String location = blog.createPost(title, "Zoë Ünïcödé", "Ça marche: ü, ß, 😀, 漢字.");
        String page = blog.get(location).body();
        assertTrue(page.contains("<h1>Zoë's café — 日本語 🚀</h1>"), page);
        assertTrue(page.contains("Zoë Ünïcödé"));
        assertTrue(page.contains("Ça marche: ü, ß, 😀, 漢字."));
        String edit = blog.get(location.replaceAll("/[^/]+$", "/edit")).body();
        assertTrue(edit.contains("value=\"Zoë&#39;s café — 日本語 🚀\""), "edit form keeps the title");
    }

    @Test
    void idOnlyAndStaleSlugsRedirectPermanentlyToTheCanonicalUrl() throws Exception {
        String location = blog.createPost("Original title", "Ada", "Body");
        String id = location.split("/")[2];
        HttpResponse<String> byId = blog.get("/posts/" + id);
        assertEquals(301, byId.statusCode());
        assertEquals(location, byId.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> renamed = blog.postForm("/posts/" + id + "/edit",
                Map.of("title", "Renamed title", "name", "Ada", "content", "Body, edited"));
        assertEquals(303, renamed.statusCode());
        String newLocation = renamed.headers().firstValue("Location").orElseThrow();
        assertEquals("/posts/" + id + "/renamed-title", newLocation);

        HttpResponse<String> old = blog.get(location);
        assertEquals(301, old.statusCode(), "the old slug still leads to the post");
        assertEquals(newLocation, old.headers().firstValue("Location").orElseThrow());
        String page = blog.get(newLocation).body();
        assertTrue(page.contains("<h1>Renamed title</h1>") && page.contains("Body, edited"));
        assertTrue(blog.get("/posts/" + id + "/leading-zeros-too").statusCode() == 301);
        assertEquals(301, blog.get("/posts/000" + id + "/renamed-title").statusCode());
    }

    @Test
    void editUsesTheIdFromTheUrlOnly() throws Exception {
        String first = blog.createPost("First", "Ada", "one");
        String second = blog.createPost("Second", "Ada", "two");
        String firstId = first.split("/")[2];
        HttpResponse<String> response = blog.postForm("/posts/" + firstId + "/edit",
                Map.of("id", second.split("/")[2], "title", "First, edited", "name", "Ada", "content", "one!"));
        assertEquals(303, response.statusCode());
        assertTrue(blog.get(second).body().contains("<h1>Second</h1>"), "the other post is untouched");
    }

    @Test
    void postWithoutTokenIsRefusedAndTheTextIsKept() throws Exception {
        HttpResponse<String> response = blog.postRaw("/posts",
                Map.of("title", "Unsaved thoughts", "name", "Ada", "content", "Precious paragraph"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("value=\"Unsaved thoughts\""));
        assertTrue(response.body().contains("Precious paragraph</textarea>"));
        assertTrue(response.body().contains("not saved yet") || response.body().contains("was not saved"));
        HttpResponse<String> forged = blog.postRaw("/posts", Map.of("_csrf", "forged.token", "title", "t",
                "name", "n", "content", "c"));
        assertEquals(403, forged.statusCode());
    }

    @Test
    void deleteWithoutTokenIsRefused() throws Exception {
        String location = blog.createPost("Keep me", "Ada", "text");
        String id = location.split("/")[2];
        assertEquals(403, blog.postRaw("/posts/" + id + "/delete", Map.of()).statusCode());
        assertEquals(200, blog.get(location).statusCode());
    }

    @Test
    void crossSiteOriginIsRefused() throws Exception {
        String token = blog.csrfToken();
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/posts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&title=t&name=n&content=c")));
        assertEquals(403, response.statusCode());
    }

    @Test
    void invalidFormIsShownAgainWithTheTextAndAMessagePerField() throws Exception {
        String longTitle = "x".repeat(151);
        HttpResponse<String> response = blog.postForm("/posts",
                Map.of("title", longTitle, "name", "", "content", "My draft <b>stays</b>"));
        assertEquals(422, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("value=\"" + longTitle + "\""), "title kept");
        assertTrue(body.contains("My draft &lt;b&gt;stays&lt;/b&gt;</textarea>"), "content kept, escaped");
        assertTrue(body.contains("id=\"title-error\""), "title error beside the field");
        assertTrue(body.contains("id=\"name-error\""), "name error beside the field");
        assertFalse(body.contains("id=\"content-error\""));
    }

    @Test
    void limitsCountCodePointsNotBytes() throws Exception {
        String emojiTitle = "🚀".repeat(150);
        String location = blog.createPost(emojiTitle, "Ada", "ok");
        assertEquals(200, blog.get(location).statusCode());
        HttpResponse<String> tooLong = blog.postForm("/posts", Map.of("title", "🚀".repeat(151), "name", "Ada",
                "content", "ok"));
        assertEquals(422, tooLong.statusCode());
    }

    @Test
    void deleteRedirectsToTheListAndThePostIsGone() throws Exception {
        String location = blog.createPost("Short-lived", "Ada", "bye");
        String id = location.split("/")[2];
        HttpResponse<String> confirm = blog.get("/posts/" + id + "/delete");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Delete this post?"));
        HttpResponse<String> deleted = blog.postForm("/posts/" + id + "/delete",
                Map.of("_csrf", RunningBlog.csrfTokenIn(confirm.body())));
        assertEquals(303, deleted.statusCode());
        assertEquals("/posts", deleted.headers().firstValue("Location").orElseThrow());
        assertEquals(404, blog.get(location).statusCode());
        assertEquals(404, blog.get("/posts/" + id).statusCode());
        assertEquals(404, blog.postForm("/posts/" + id + "/delete", Map.of()).statusCode());
    }

    @Test
    void editOfAPostDeletedMeanwhileKeepsTheText() throws Exception {
        String location = blog.createPost("Soon gone", "Ada", "x");
        String id = location.split("/")[2];
        blog.postForm("/posts/" + id + "/delete", Map.of());
        HttpResponse<String> response = blog.postForm("/posts/" + id + "/edit",
                Map.of("title", "My edit", "name", "Ada", "content", "Words I typed"));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Words I typed</textarea>"));
        assertTrue(response.body().contains("action=\"/posts\""), "offers to publish it as a new post");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/posts/abc", "/posts/-1", "/posts/0", "/posts/99999999999999999999",
            "/posts/99999999", "/posts/%D9%A1", "/posts/1.5", "/posts/abc/edit", "/posts/-1/slug",
            "/posts/99999999999999999999/edit", "/posts/99999999/delete", "/nope", "/posts/1/x/y"})
    void oddIdsAndUnknownPathsAre404(String path) throws Exception {
        HttpResponse<String> response = blog.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("Page not found"), path);
    }

    @Test
    void notFoundPageEscapesThePath() throws Exception {
        HttpResponse<String> response = blog.get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("<script>alert(1)"));
        assertTrue(response.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void otherMethodsGet405WithAllow() throws Exception {
        HttpResponse<String> put = blog.send(HttpRequest.newBuilder(blog.uri("/posts"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> delete = blog.send(HttpRequest.newBuilder(blog.uri("/")).DELETE());
        assertEquals(405, delete.statusCode());
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> head = blog.send(HttpRequest.newBuilder(blog.uri("/posts"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void trailingSlashesRedirectToTheCanonicalPath() throws Exception {
        HttpResponse<String> response = blog.get("/posts/?page=1");
        assertEquals(301, response.statusCode());
        assertEquals("/posts?page=1", response.headers().firstValue("Location").orElseThrow());
        assertEquals("/new", blog.get("/new/").headers().firstValue("Location").orElseThrow());
        inkwell.RawHttp.Response slashes = inkwell.RawHttp.send(blog.uri("/"),
                "GET //evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertEquals(301, slashes.status());
        assertTrue(slashes.text().contains("\r\nLocation: /evil.example\r\n"),
                "never a protocol-relative redirect to another host: " + slashes.text());
    }

    @Test
    void securityHeadersAreOnEveryPage() throws Exception {
        for (String path : new String[] {"/", "/nope", "/assets/css/site.css"}) {
            HttpResponse<String> response = blog.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path);
            assertTrue(csp.contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void csrfCookieIsStrictAndHttpOnly() throws Exception {
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(blog.uri("/signin")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("inkwell_csrf=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void oversizedBodyGets413() throws Exception {
        String huge = "a".repeat(1_100_000);
        HttpResponse<String> response = blog.postForm("/posts", Map.of("title", "t", "name", "n", "content", huge));
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than 1 MiB"));
    }

    @Test
    void nonFormBodyGets415() throws Exception {
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/posts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\"}")));
        assertEquals(415, response.statusCode());
    }

    @Test
    void nonUtf8BodyIsNotA500() throws Exception {
        byte[] latin1 = ("_csrf=" + blog.csrfToken() + "&title=Caf%E9&name=Z%F6e&content=%FF%FE").getBytes();
        HttpResponse<String> response = blog.send(HttpRequest.newBuilder(blog.uri("/posts"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertTrue(response.statusCode() == 303 || response.statusCode() / 100 == 4,
                "answered " + response.statusCode());
    }
}
