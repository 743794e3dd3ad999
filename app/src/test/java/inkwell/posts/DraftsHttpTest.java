package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts and scheduled posts on a real server and Derby: a draft is on no public page, feed, sitemap or
 * published site; a post scheduled seconds ahead appears by itself; a time that passed while Inkwell was stopped
 * publishes at the next start; unpublishing takes a post back; wrong times come back beside the field.
 */
class DraftsHttpTest {
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    @TempDir
    Path temp;

    private static String inSeconds(long seconds) {
        return FIELD.format(LocalDateTime.now(ZoneId.systemDefault()).plusSeconds(seconds));
    }

    private static String save(RunningBlog blog, String path, String title, String status, String publishAt)
            throws Exception {
        HttpResponse<String> saved = blog.postForm(path, Map.of("title", title, "name", "Ada",
                "content", "Text of " + title + ".", "status", status, "publish_at", publishAt));
        assertEquals(303, saved.statusCode(), saved.body());
        return saved.headers().firstValue("Location").orElseThrow();
    }

    /** Every page and file a reader can reach, concatenated: home, list, feed, sitemap. */
    private static String everythingPublic(RunningBlog blog) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("/", "/posts", "/feed.xml", "/sitemap.xml")) {
            all.append(blog.get(path).body());
        }
        return all.toString();
    }

    @Test
    void aDraftIsOnNoPublicPageFeedSitemapOrPublishedSite() throws Exception {
        try (RunningBlog blog = RunningBlog.start(temp.resolve("data"))) {
            blog.createPost("Out in the open", "Ada", "Public.");
            String draft = save(blog, "/posts", "Secret plans", "draft", "");
            String page = blog.get(draft).body();
            assertTrue(page.contains("Draft — not published"), "the writer sees the banner");
            assertTrue(Jsoup.parse(page).select("meta[name=robots]").attr("content").contains("noindex"));
            Eventually.await(Duration.ofSeconds(60), () -> blog.get("/search?q=open").body().contains("Out in the open"),
                    "the search index to be ready");
            assertFalse(blog.get("/search?q=secret+plans").body().contains("Secret plans"), "a draft found by search");
            String everything = everythingPublic(blog);
            assertFalse(everything.contains("Secret plans"), "a draft on a public page");
            assertTrue(everything.contains("Out in the open"));
            assertTrue(blog.get("/drafts").body().contains("Secret plans"));
            blog.get(draft);
            assertFalse(blog.get(draft).body().matches("(?s).*\\b[1-9]\\d* views?\\b.*"), "a draft's views are not counted");

            Map<String, String> settings = new HashMap<>(Map.of("title", "Notes", "language", "en",
                    "posts_per_page", "10", "public_address", "https://example.org/"));
            assertEquals(303, blog.postForm("/settings", settings).statusCode());
            Path site = temp.resolve("site");
            assertEquals(303, blog.postForm("/publish", Map.of("target", site.toString(), "branch", "gh-pages"))
                    .statusCode());
            assertEquals(303, blog.postForm("/publish/now", Map.of()).statusCode());
            Eventually.await(Duration.ofSeconds(60), () -> Files.isRegularFile(site.resolve("index.html"))
                    && !blog.get("/publish/status").body().contains("data-running=\"true\""), "the publish to end");
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("Secret plans"), "the draft is in the published " + site.relativize(file));
                }
            }
        }
    }

    @Test
    void aPostScheduledSecondsAheadAppearsByItself() throws Exception {
        try (RunningBlog blog = RunningBlog.start(temp.resolve("data"))) {
            String scheduled = save(blog, "/posts", "Coming soon", "scheduled", inSeconds(3));
            assertTrue(blog.get(scheduled).body().contains("Scheduled — it goes public by itself on"));
            assertFalse(everythingPublic(blog).contains("Coming soon"));
            assertTrue(blog.get("/drafts").body().contains("Scheduled for"));
            Eventually.await(Duration.ofSeconds(15), () -> blog.get("/").body().contains("Coming soon"),
                    "the scheduled post on the home page");
            assertTrue(blog.get("/feed.xml").body().contains("Coming soon"));
            Eventually.await(Duration.ofSeconds(60), () -> blog.get("/search?q=coming").body()
                    .contains("<mark>Coming</mark> soon"), "search to find it once public");
            assertFalse(blog.get(scheduled).body().contains("Scheduled —"), "no banner once public");
            assertFalse(blog.get("/drafts").body().contains("Coming soon"));
        }
    }

    @Test
    void aTimeThatPassedWhileStoppedPublishesAtTheNextStart() throws Exception {
        Path data = temp.resolve("data");
        try (RunningBlog blog = RunningBlog.start(data)) {
            save(blog, "/posts", "Written before the holidays", "scheduled", inSeconds(2));
        }
        Thread.sleep(3_000);
        try (RunningBlog again = RunningBlog.start(data)) {
            assertTrue(again.get("/").body().contains("Written before the holidays"),
                    "public on the very first page after the start");
        }
    }

    @Test
    void unpublishingTakesAPostBackToTheDrafts() throws Exception {
        try (RunningBlog blog = RunningBlog.start(temp.resolve("data"))) {
            String path = blog.createPost("Second thoughts", "Ada", "Maybe not.");
            Document edit = Jsoup.parse(blog.get(path.replaceAll("^(/posts/\\d+)/.*", "$1/edit")).body());
            assertEquals(List.of("Save changes", "Unpublish (back to draft)", "Preview", "Cancel"),
                    edit.select(".form-actions .button").eachText(), "a published post's buttons");
            save(blog, path.replaceAll("^(/posts/\\d+)/.*", "$1/edit"), "Second thoughts", "draft", "");
            assertFalse(everythingPublic(blog).contains("Second thoughts"));
            assertTrue(blog.get("/drafts").body().contains("Second thoughts"));
            Document draftEdit = Jsoup.parse(blog.get(path.replaceAll("^(/posts/\\d+)/.*", "$1/edit")).body());
            assertEquals(List.of("Publish", "Save draft", "Schedule", "Preview", "Cancel"),
                    draftEdit.select(".form-actions .button").eachText(), "a draft's buttons");
        }
    }

    @Test
    void wrongTimesComeBackBesideTheFieldWithTheTextKept() throws Exception {
        try (RunningBlog blog = RunningBlog.start(temp.resolve("data"))) {
            Map<String, String> cases = Map.of("", "Choose when to publish it.",
                    "next tuesday", "Enter a date and a time",
                    "2001-01-01T09:00", "That time has passed",
                    "2999-01-01T09:00", "within the next ten years");
            for (Map.Entry<String, String> wrong : cases.entrySet()) {
                HttpResponse<String> refused = blog.postForm("/posts", Map.of("title", "Later", "name", "Ada",
                        "content", "Kept text.", "status", "scheduled", "publish_at", wrong.getKey()));
                assertEquals(422, refused.statusCode(), wrong.getKey());
                Document form = Jsoup.parse(refused.body());
                assertTrue(form.getElementById("publish_at-error").text().contains(wrong.getValue()),
                        wrong.getKey() + ": " + form.getElementById("publish_at-error").text());
                assertEquals("Kept text.", form.getElementById("content").val());
                assertEquals(wrong.getKey(), form.getElementById("publish_at").val());
            }
            HttpResponse<String> odd = blog.postForm("/posts", Map.of("title", "Odd", "name", "Ada",
                    "content", "Kept.", "status", "sideways"));
            assertEquals(422, odd.statusCode());
            assertTrue(Jsoup.parse(odd.body()).getElementById("status-error").text().contains("Save draft"));
            assertFalse(everythingPublic(blog).contains("Later"), "nothing was saved");
        }
    }
}
