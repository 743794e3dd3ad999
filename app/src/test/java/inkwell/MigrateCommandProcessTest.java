package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inkwell migrate} as a real child process: a 1,000-post Derby blog (drafts, tags, edits with their
 * revisions and old slugs, views, site settings) copied into a fresh database of the tests' real PostgreSQL; an
 * Inkwell started on that database (with an empty data folder of its own, so every page comes from PostgreSQL)
 * serves the same pages as the Derby blog; a second migrate into the now non-empty database, and one while an
 * Inkwell runs on the folder, are refused with one plain line.
 */
class MigrateCommandProcessTest {
    private static final int POSTS = 1_000;

    @TempDir
    Path temp;

    private static InkwellChild.Ran migrate(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("migrate"));
        command.addAll(List.of(args));
        return InkwellChild.ran(120, command.toArray(String[]::new));
    }

    @Test
    void copiesAThousandPostBlogThatThenServesTheSamePages() throws Exception {
        NeededOnCi.require(TestPostgres.installed(), "Debian's postgresql (initdb, pg_ctl) is not installed");
        Path data = temp.resolve("data");
        List<String> paths = new ArrayList<>();
        try (RunningBlog blog = derby(data)) {
            write(blog, paths);
        }
        String url = TestPostgres.server().newDatabase();

        InkwellChild.Ran run = migrate("--data-dir", data.toString(), "--to", url);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("ARTICLE") && run.out().contains(String.format("%,d rows", POSTS)), run.out());
        assertTrue(run.out().contains("--data-dir " + data + " --database-url '" + url + "'"), run.out());
        assertEquals(POSTS, count(url, "ARTICLE"));
        assertTrue(count(url, "POST_REVISION") > POSTS && count(url, "POST_OLD_SLUG") > 0
                && count(url, "POST_TAG") > 0 && count(url, "ARTICLE_DAILY_VIEWS") > 0
                && count(url, "SITE_SETTING") > 0, "every kind of row came along");
        assertEquals(number(url, "SELECT COUNT(*) FROM ARTICLE WHERE STATUS = 'published'"),
                number(url, "SELECT POSTS FROM PUBLIC_POST_COUNT"), "the count of public posts came along too");

        Map<String, String> onDerby;
        try (RunningBlog blog = derby(data)) {
            onDerby = pages(blog, paths);
        }
        Map<String, String> onPostgres;
        try (RunningBlog blog = searchReady(RunningBlog.start(postgres(temp.resolve("fresh"), url),
                AppControl.of(() -> { })))) {
            onPostgres = pages(blog, paths);
            String next = blog.createPost("After the move", "Ann", "A new id, past the copied ones.");
            assertTrue(Long.parseLong(next.split("/")[2]) > POSTS, next);
        }
        assertEquals(onDerby.keySet(), onPostgres.keySet());
        for (String path : onDerby.keySet()) {
            assertEquals(onDerby.get(path), onPostgres.get(path), path);
        }

        InkwellChild.Ran again = migrate("--data-dir", data.toString(), "--to", url);
        assertEquals(1, again.exit(), again.out() + again.err());
        assertTrue(again.err().strip().matches("inkwell migrate: the database jdbc:postgresql://127\\.0\\.0\\.1:\\d+/"
                + "\\w+ is not empty \\(it has the tables .*\\); migrate copies a blog only into an empty database.*"),
                again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertEquals(POSTS + 1, count(url, "ARTICLE"), "the refused migrate wrote nothing");
    }

    @Test
    void refusesWhileAnInkwellRunsOnTheFolderAndABadTarget() throws Exception {
        Path data = temp.resolve("data");
        Process running = InkwellChild.launch("--headless", "--port", "0", "--data-dir", data.toString());
        try {
            String at = InkwellChild.readyUrl(running).toString();
            InkwellChild.Ran busy = migrate("--data-dir", data.toString(), "--to", "jdbc:postgresql://127.0.0.1:1/none");
            assertEquals(1, busy.exit(), busy.out() + busy.err());
            assertEquals("inkwell migrate: Inkwell is running on " + data + " at " + at
                    + "; stop it first, then migrate.", busy.err().strip());
        } finally {
            running.destroy();
            assertTrue(running.waitFor(30, TimeUnit.SECONDS), "the Inkwell stopped");
        }
        InkwellChild.Ran derbyTarget = migrate("--data-dir", data.toString(), "--to", "jdbc:derby:/tmp/elsewhere");
        assertEquals(2, derbyTarget.exit());
        assertTrue(derbyTarget.err().contains("--to jdbc:postgresql://HOST:PORT/DATABASE"), derbyTarget.err());
        InkwellChild.Ran noServer = migrate("--data-dir", data.toString(), "--to", "jdbc:postgresql://127.0.0.1:1/none");
        assertEquals(1, noServer.exit(), noServer.out() + noServer.err());
        assertEquals(1, noServer.err().strip().lines().count(), noServer.err());
        assertTrue(noServer.err().startsWith("inkwell migrate: Cannot open the database jdbc:postgresql://127.0.0.1:1/none"),
                noServer.err());
        InkwellChild.Ran noBlog = migrate("--data-dir", temp.resolve("nothing").toString(), "--to", "jdbc:postgresql://127.0.0.1:1/x");
        assertEquals(1, noBlog.exit());
        assertTrue(noBlog.err().contains("there is no blog in"), noBlog.err());
    }

    private static RunningBlog derby(Path data) throws Exception {
        return searchReady(RunningBlog.startOnDerby(data));
    }

    /**
     * Waits until the search index has opened. Its check against the database at start deadlocked in Derby with
     * a post being saved at the same moment (Derby's 20 s deadlock detection failed the save; seen twice in five
     * runs of this test's thousand saves), a fault of the index's start, not of migrate: reported, not hidden.
     */
    private static RunningBlog searchReady(RunningBlog blog) throws Exception {
        Eventually.await(java.time.Duration.ofSeconds(60),
                () -> !blog.get("/search?q=anything").body().contains("The search index is being built"),
                "the search index to open");
        return blog;
    }

    private static Settings postgres(Path data, String url) {
        return new Settings(0, true, Settings.DEFAULT_BIND, data, Optional.of(url), Optional.empty(), Optional.empty(),
                Settings.DEFAULT_SITE_TITLE, false, false);
    }

    private static void write(RunningBlog blog, List<String> paths) throws Exception {
        for (int i = 1; i <= POSTS; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", "Post number " + i + (i % 7 == 0 ? " — «accents» ünd ✓" : ""));
            fields.put("name", i % 3 == 0 ? "Grace" : "Ada");
            fields.put("content", "Paragraph " + i + " with *emphasis* and `code`.\n\n![a picture](/media/p" + i
                    + ".png)\n\n```java\nint x = " + i + ";\n```\n");
            fields.put("tags", "tag" + (i % 13) + (i % 5 == 0 ? ", Common Tag" : ""));
            fields.put("status", i % 10 == 0 ? "draft" : "published");
            HttpResponse<String> created = blog.postForm("/posts", fields);
            assertEquals(303, created.statusCode(), created.body());
            paths.add(created.headers().firstValue("Location").orElseThrow());
        }
        for (int i = 0; i < POSTS; i += 50) {
            String id = paths.get(i).split("/")[2];
            HttpResponse<String> edited = blog.postForm("/posts/" + id + "/edit", Map.of("title", "Renamed " + i,
                    "name", "Ada", "content", "Edited text " + i, "tags", "edited", "status", "published"));
            assertEquals(303, edited.statusCode(), edited.body());
            paths.set(i, edited.headers().firstValue("Location").orElseThrow());
            for (int view = 0; view < i % 4 + 1; view++) {
                blog.get(paths.get(i));
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("title", "Moved blog");
        settings.put("description", "From Derby to PostgreSQL.");
        settings.put("author", "Ada");
        settings.put("public_address", "https://example.org/");
        settings.put("language", "en");
        settings.put("posts_per_page", "10");
        settings.put("about", "About *this* blog.");
        assertEquals(303, blog.postForm("/settings", settings).statusCode());
    }

    /** The pages a reader and the owner see, as each blog serves them, without what differs per session. */
    private static Map<String, String> pages(RunningBlog blog, List<String> posts) throws Exception {
        List<String> paths = new ArrayList<>(posts);
        for (int page = 1; page <= POSTS / 10 + 1; page++) {
            paths.add("/posts?page=" + page);
        }
        paths.addAll(List.of("/tags", "/tags/common-tag", "/tags/edited", "/drafts", "/about", "/feed.xml",
                "/sitemap.xml", posts.get(50).replaceAll("^(/posts/\\d+)/.*", "$1/revisions"),
                posts.get(0).replaceAll("^(/posts/\\d+)/.*", "$1/edit"), "/posts/1/post-number-1"));
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<String> response = blog.get(path);
            pages.put(path, response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                    + comparable(response.body()));
        }
        return pages;
    }

    private static String comparable(String body) {
        if (body.startsWith("<?xml")) {
            // PostgreSQL keeps microseconds, Derby nanoseconds: the copy rounds below the microsecond (README).
            return body.replaceAll("(T\\d\\d:\\d\\d:\\d\\d)\\.\\d+", "$1");
        }
        Document page = Jsoup.parse(body);
        page.select("input[name=_csrf], meta[name=csrf-token]").remove();
        page.select("[nonce]").removeAttr("nonce");
        for (Element time : page.select("time")) {
            time.text(time.attr("datetime"));
        }
        Element main = page.selectFirst("main");
        return page.title() + "\n" + (main == null ? page.body().html() : main.outerHtml());
    }

    private static long count(String url, String table) throws Exception {
        return number(url, "SELECT COUNT(*) FROM " + table);
    }

    private static long number(String url, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
