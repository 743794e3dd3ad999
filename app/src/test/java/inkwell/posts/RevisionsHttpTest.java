package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Autosave and history on a real server and Derby: a new post autosaved many times (also by racing first
 * autosaves) is one draft; revisions are listed, compared word by word and restored (as a new revision); an
 * autosave of a published post changes nothing readers see, and the editor offers it back.
 */
class RevisionsHttpTest extends OneBlogPerClass {
    private static final Pattern KEY = Pattern.compile("name=\"autosave_key\" value=\"([^\"]+)\"");
    private static final Pattern POST_ID = Pattern.compile("\"post\":(\\d+)");
    private static final Pattern REVISION_ID = Pattern.compile("\"revision\":(\\d+)");

    static String keyIn(String page) {
        Matcher matcher = KEY.matcher(page);
        assertTrue(matcher.find(), "the form carries an autosave key");
        return matcher.group(1);
    }

    static long number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private HttpResponse<String> autosave(String path, String key, String title, String content) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", title, "name", "Ada", "content", content,
                "tags", "notes"));
        if (key != null) {
            fields.put("autosave_key", key);
        }
        return blog.postForm(path, fields);
    }

    private static long idOf(String location) {
        Matcher matcher = Pattern.compile("^/posts/(\\d+)").matcher(location);
        assertTrue(matcher.find(), location);
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void aNewPostAutosavedManyTimesEvenByRacingFirstAutosavesIsOneDraft() throws Exception {
        String key = keyIn(blog.get("/new").body());
        String token = blog.csrfToken();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int n = i;
            Callable<HttpResponse<String>> send = () -> {
                start.await();
                return blog.postForm("/posts/new/autosave", Map.of("_csrf", token, "autosave_key", key,
                        "title", "Racing thoughts", "name", "Ada", "content", "Typed by racer " + n + "."));
            };
            answers.add(pool.submit(send));
        }
        start.countDown();
        Set<Long> posts = new HashSet<>();
        int created = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode(), response.body());
            posts.add(number(POST_ID, response.body()));
            created += response.body().contains("\"created\":true") ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, posts.size(), "racing first autosaves with one key made " + posts);
        assertEquals(1, created, "exactly one autosave says it made the post");
        long id = posts.iterator().next();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> again = autosave("/posts/new/autosave", key, "Racing thoughts", "Draft " + i + ".");
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(id, number(POST_ID, again.body()));
        }
        // The form itself sent with the same key (a second tab, a double click): still the same post.
        HttpResponse<String> submitted = blog.postForm("/posts", Map.of("autosave_key", key, "title",
                "Racing thoughts", "name", "Ada", "content", "Final words.", "status", "draft"));
        assertEquals(303, submitted.statusCode(), submitted.body());
        assertEquals(id, idOf(submitted.headers().firstValue("Location").orElseThrow()));
        Document drafts = Jsoup.parse(blog.get("/drafts").body());
        assertEquals(1, drafts.select(".drafts .card-title a:contains(Racing thoughts)").size(), drafts.select(".drafts").text());
        assertTrue(blog.get("/posts/" + id + "/edit").body().contains("Final words."));
        assertFalse(blog.get("/").body().contains("Racing thoughts"), "an autosaved draft is not public");
        HttpResponse<String> otherKey = autosave("/posts/new/autosave", keyIn(blog.get("/new").body()),
                "Another", "Another text.");
        assertTrue(number(POST_ID, otherKey.body()) != id, "another form's key makes another post");
    }

    @Test
    void revisionsAreListedComparedWordByWordAndRestoredAsANewRevision() throws Exception {
        String path = blog.createPost("Cache notes", "Ada", "Caches hide latency.");
        long id = idOf(path);
        assertEquals(303, blog.postForm("/posts/" + id + "/edit", Map.of("title", "Cache notes", "name", "Ada",
                "content", "Caches hide <script>alert(1)</script> latency and cost.", "status", "published"))
                .statusCode());
        HttpResponse<String> autosaved = autosave("/posts/" + id + "/edit/autosave", null, "Cache notes",
                "Caches hide latency, and memory.");
        assertEquals(200, autosaved.statusCode(), autosaved.body());

        Document history = Jsoup.parse(blog.get("/posts/" + id + "/revisions").body());
        List<String> kinds = history.select("table.revisions tbody tr td:eq(1)").eachText();
        assertEquals(List.of("Autosaved", "Saved", "Saved"), kinds);
        assertEquals(List.of("5", "6", "3"), history.select("table.revisions tbody tr td:eq(4)").eachText(),
                "words per revision");
        List<String> ids = history.select("select#compare-to option").eachAttr("value");
        String oldest = ids.get(2);
        String second = ids.get(1);

        HttpResponse<String> compared = blog.get("/posts/" + id + "/revisions/compare?from=" + oldest + "&to="
                + second);
        assertEquals(200, compared.statusCode());
        Document diff = Jsoup.parse(compared.body());
        assertTrue(diff.select(".diff-text ins").first().text().startsWith("[inserted: <script>alert(1)</script>"),
                "the inserted words, as text, labelled for screen readers: " + diff.select(".diff-text").html());
        assertFalse(compared.body().contains("<script>alert(1)"), "the text is escaped");
        assertTrue(diff.select(".diff-text del").text().contains("latency."), diff.select(".diff-text").text());
        assertTrue(diff.select(".diff-text ins").text().contains("latency and cost."));
        assertEquals(compared.body(), blog.get("/posts/" + id + "/revisions/compare?from=" + second + "&to="
                + oldest).body(), "either order compares older with newer");

        HttpResponse<String> restored = blog.postForm("/posts/" + id + "/revisions/" + oldest + "/restore",
                Map.of());
        assertEquals(303, restored.statusCode(), restored.body());
        assertEquals("/posts/" + id + "/revisions?restored=1", restored.headers().firstValue("Location").orElseThrow());
        Document after = Jsoup.parse(blog.get("/posts/" + id + "/revisions?restored=1").body());
        assertEquals(List.of("Restored", "Autosaved", "Saved", "Saved"),
                after.select("table.revisions tbody tr td:eq(1)").eachText(), "restoring is a revision of its own");
        assertTrue(after.select("[role=status]").text().contains("Restored"));
        String post = blog.get(path).body();
        assertTrue(post.contains("Caches hide latency."), "the post's text is the restored one");
        assertFalse(post.contains("and cost"));
    }

    @Test
    void anAutosaveOfAPublishedPostChangesNothingReadersSeeAndIsOfferedBack() throws Exception {
        String path = blog.createPost("Queues in practice", "Ada", "Bounded queues push back.");
        long id = idOf(path);
        HttpResponse<String> autosaved = autosave("/posts/" + id + "/edit/autosave", null, "Queues, unsaved title",
                "Bounded queues push back, and unbounded ones fall over.");
        assertEquals(200, autosaved.statusCode(), autosaved.body());
        long revision = number(REVISION_ID, autosaved.body());
        for (String reader : List.of(path, "/", "/posts", "/feed.xml", "/sitemap.xml")) {
            String page = blog.get(reader).body();
            assertFalse(page.contains("unbounded ones") || page.contains("unsaved title"), reader + " shows it");
        }
        assertTrue(blog.get(path).body().contains("Bounded queues push back."));

        Document edit = Jsoup.parse(blog.get("/posts/" + id + "/edit").body());
        assertEquals("Bounded queues push back.", edit.select("#content").text(), "the editor holds the saved text");
        assertEquals(String.valueOf(revision), edit.select(".unsaved-offer input[name=restore]").attr("value"),
                "the unsaved text is offered");
        Document restoring = Jsoup.parse(blog.get("/posts/" + id + "/edit?restore=" + revision).body());
        assertEquals("Bounded queues push back, and unbounded ones fall over.", restoring.select("#content").text());
        assertEquals("Queues, unsaved title", restoring.select("#title").val());
        assertTrue(restoring.select(".unsaved-offer[data-server-offer]").isEmpty(), "no offer once restored");
        assertFalse(blog.get(path).body().contains("unbounded ones"), "restoring into the editor saves nothing");

        assertEquals(303, blog.postForm("/posts/" + id + "/edit/discard", Map.of()).statusCode());
        assertTrue(Jsoup.parse(blog.get("/posts/" + id + "/edit").body()).select("[data-server-offer]").isEmpty(),
                "a discarded text is no longer offered");
        assertTrue(blog.get("/posts/" + id + "/revisions").body().contains("Queues, unsaved title"),
                "but it stays in the history");

        HttpResponse<String> saved = blog.postForm("/posts/" + id + "/edit", Map.of("title", "Queues in practice",
                "name", "Ada", "content", "Bounded queues push back; saved.", "status", "published"));
        assertEquals(303, saved.statusCode());
        assertTrue(blog.get(path).body().contains("saved."), "a manual save changes the post");
    }

    @Test
    void aPostTitledRevisionsOrEditKeepsItsOwnPage() throws Exception {
        for (String title : List.of("Revisions", "Edit")) {
            String path = blog.createPost(title, "Ada", "A post about " + title + ".");
            assertTrue(path.endsWith("/" + title.toLowerCase(java.util.Locale.ROOT) + "-post"), path);
            assertTrue(blog.get(path).body().contains("A post about " + title + "."), path);
        }
    }

    @Test
    void hostileInputGetsClearRefusals() throws Exception {
        long id = idOf(blog.createPost("Target", "Ada", "Text."));
        long other = idOf(blog.createPost("Other", "Ada", "Other text."));
        String edit = "/posts/" + id + "/edit/autosave";
        HttpResponse<String> huge = autosave(edit, null, "T", "x".repeat(PostValidator.MAX_CONTENT + 1));
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("more than the 200,000 characters a post can hold"), huge.body());
        HttpResponse<String> beyondMiB = autosave(edit, null, "T", "é".repeat(700_000));
        assertEquals(413, beyondMiB.statusCode());
        assertEquals(403, blog.postRaw(edit, Map.of("title", "T", "name", "A", "content", "No token.")).statusCode());
        assertEquals(403, blog.postRaw("/posts/new/autosave", Map.of("autosave_key", "k".repeat(20), "content",
                "No token.")).statusCode());
        assertEquals(400, autosave("/posts/new/autosave", null, "T", "No key.").statusCode());
        assertEquals(400, autosave("/posts/new/autosave", "short", "T", "Bad key.").statusCode());
        assertEquals(404, autosave("/posts/999999/edit/autosave", null, "T", "Nowhere.").statusCode());
        assertEquals(404, blog.get("/posts/999999/revisions").statusCode());
        assertEquals(404, blog.get("/posts/abc/revisions").statusCode());

        long mine = number(REVISION_ID, autosave(edit, null, "Target", "Mine.").body());
        long theirs = number(REVISION_ID, autosave("/posts/" + other + "/edit/autosave", null, "Other", "Theirs.")
                .body());
        assertEquals(200, blog.get("/posts/" + id + "/revisions/compare?from=" + mine + "&to=" + mine).statusCode());
        assertEquals(404, blog.get("/posts/" + id + "/revisions/compare?from=" + mine + "&to=" + theirs)
                .statusCode(), "a revision of another post");
        assertEquals(404, blog.get("/posts/" + id + "/revisions/compare?from=" + mine).statusCode());
        assertEquals(404, blog.get("/posts/" + id + "/revisions/compare?from=x&to=" + mine).statusCode());
        assertEquals(404, blog.postForm("/posts/" + id + "/revisions/" + theirs + "/restore", Map.of())
                .statusCode(), "restoring another post's revision");
        assertEquals(403, blog.postRaw("/posts/" + id + "/revisions/" + mine + "/restore", Map.of()).statusCode());
        assertEquals(403, blog.postRaw("/posts/" + id + "/edit/discard", Map.of()).statusCode());
        assertEquals(405, blog.get("/posts/" + id + "/edit/autosave").statusCode());
        assertFalse(blog.get("/posts/" + id + "/revisions").body().contains("Theirs."));

        assertEquals(303, blog.postForm("/posts/" + other + "/delete", Map.of()).statusCode());
        assertEquals(404, blog.get("/posts/" + other + "/revisions").statusCode(), "deleted with its post");
        assertEquals(404, blog.get("/posts/" + id + "/revisions/compare?from=" + mine + "&to=" + theirs)
                .statusCode());
    }
}
