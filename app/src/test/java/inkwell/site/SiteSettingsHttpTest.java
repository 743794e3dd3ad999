package inkwell.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings page end to end on a real server and a real Derby: what is saved shows on every page at once
 * (title, language, description, canonical and feed addresses under the public address, posts per page, the
 * write form's author, the About page), survives a restart, and wrong input comes back with everything typed
 * kept and the reason beside the field.
 */
class SiteSettingsHttpTest {
    @TempDir
    Path dataDir;

    private static Map<String, String> settings(String publicAddress, String postsPerPage) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Ada's \"Notes\" <on code>");
        fields.put("description", "Caches, queues and the bugs between them.");
        fields.put("author", "Ada Lovelace");
        fields.put("public_address", publicAddress);
        fields.put("language", "pt-BR");
        fields.put("posts_per_page", postsPerPage);
        fields.put("about", "I write about **engines**.\n\n<script>alert(1)</script>");
        return fields;
    }

    @Test
    void savedSettingsShowEverywhereAndSurviveARestart() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            for (int i = 1; i <= 5; i++) {
                blog.createPost("Post " + i, "Someone", "Text " + i);
            }
            assertEquals(404, blog.get("/about").statusCode(), "no About text yet, no About page");
            HttpResponse<String> saved = blog.postForm("/settings",
                    settings("https://Example.org/notes", "2"));
            assertEquals(303, saved.statusCode(), saved.body());
            assertEquals("/settings?saved=1", saved.headers().firstValue("Location").orElseThrow());
            Document form = Jsoup.parse(blog.get("/settings?saved=1").body());
            assertTrue(form.selectFirst("[role=status]").text().contains("Settings saved"));
            assertEquals("https://example.org/notes/", form.getElementById("public_address").val(),
                    "the address is stored as a folder, host in lower case");
            assertShownEverywhere(blog);
        }
        try (RunningBlog again = RunningBlog.start(dataDir)) {
            assertShownEverywhere(again);
        }
    }

    private static void assertShownEverywhere(RunningBlog blog) throws Exception {
        Document home = Jsoup.parse(blog.get("/").body());
        assertEquals("Ada's \"Notes\" <on code>", home.title());
        assertEquals("pt-BR", home.selectFirst("html").attr("lang"));
        assertEquals("Caches, queues and the bugs between them.",
                home.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/notes/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/notes/feed.xml",
                home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        Element about = home.selectFirst("nav a[href=/about]");
        assertEquals("About", about.text());

        Document list = Jsoup.parse(blog.get("/posts").body());
        assertEquals(2, list.select("article.card").size(), "two posts per page, as set");
        assertEquals(200, blog.get("/posts?page=3").statusCode(), "five posts make three pages of two");

        Document aboutPage = Jsoup.parse(blog.get("/about").body());
        assertEquals("engines", aboutPage.selectFirst(".post-body strong").text());
        assertTrue(aboutPage.select("script:not([src])").isEmpty(), "the About text is sanitized");
        assertFalse(aboutPage.html().contains("alert(1)"));

        Document write = Jsoup.parse(blog.get("/new").body());
        assertEquals("Ada Lovelace", write.getElementById("name").val(), "the write form starts with the author");

        String feed = blog.get("/feed.xml").body();
        assertTrue(feed.contains("href=\"https://example.org/notes/posts/"), feed);
        assertFalse(feed.contains("127.0.0.1"));
        String sitemap = blog.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>https://example.org/notes/posts/"));
        assertFalse(sitemap.contains("127.0.0.1"));
        assertTrue(blog.get("/robots.txt").body().contains("Sitemap: https://example.org/notes/sitemap.xml"));
    }

    @Test
    void wrongInputComesBackKeptWithTheReasonBesideEachField() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            Map<String, String> typed = settings("ftp://example.org/", "0");
            typed.put("language", "English please");
            typed.put("title", "   ");
            HttpResponse<String> refused = blog.postForm("/settings", typed);
            assertEquals(422, refused.statusCode());
            Document form = Jsoup.parse(refused.body());
            assertError(form, "public_address", "must start with https:// or http://");
            assertError(form, "posts_per_page", "whole number from 1 to 100");
            assertError(form, "language", "language code");
            assertError(form, "title", "give the blog a title");
            assertEquals("ftp://example.org/", form.getElementById("public_address").val(), "kept as typed");
            assertEquals("I write about **engines**.\n\n<script>alert(1)</script>",
                    form.getElementById("about").val(), "kept as typed");
            assertTrue(form.getElementById("title").hasAttr("autofocus"), "the first wrong field takes the focus");

            Document unchanged = Jsoup.parse(blog.get("/").body());
            assertEquals("Inkwell", unchanged.title(), "nothing was saved");
        }
    }

    @Test
    void aSaveWithoutAValidTokenIsRefusedWithTheTextKept() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            Map<String, String> typed = settings("https://example.org/", "10");
            typed.put("_csrf", "forged");
            HttpResponse<String> refused = blog.postRaw("/settings", typed);
            assertEquals(403, refused.statusCode());
            Document form = Jsoup.parse(refused.body());
            assertTrue(form.selectFirst("[role=alert]").text().contains("not saved"));
            assertEquals("Ada Lovelace", form.getElementById("author").val());
            assertEquals("Inkwell", Jsoup.parse(blog.get("/").body()).title());
        }
    }

    @Test
    void anAboutTextPastTheLimitIsRefusedBesideTheField() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            Map<String, String> typed = settings("", "10");
            typed.put("about", "é".repeat(SettingsForm.MAX_ABOUT + 1));
            HttpResponse<String> refused = blog.postForm("/settings", typed);
            assertEquals(422, refused.statusCode());
            assertError(Jsoup.parse(refused.body()), "about", "Please keep this to 20,000 characters (it has 20,001)");
        }
    }

    @Test
    void withoutAPublicAddressLinksUseTheAddressTheBlogWasOpenedAt() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            assertEquals(303, blog.postForm("/settings", settings("", "10")).statusCode());
            Document home = Jsoup.parse(blog.get("/").body());
            assertEquals(blog.uri("/").toString(), home.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    private static void assertError(Document form, String field, String message) {
        Element input = form.getElementById(field);
        Element error = form.getElementById(field + "-error");
        assertTrue(error != null && error.text().contains(message), field + ": " + (error == null ? "no error" : error.text()));
        assertTrue(input.attr("aria-describedby").contains(field + "-error"), field + " points at its error");
        assertEquals("true", input.attr("aria-invalid"));
    }
}
