package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.NeededOnCi;
import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Publish page on a real server and Derby, publishing for real: into a folder, and to a bare Git repository
 * checked with the git command. Publishing twice makes one commit; editing one post changes only the pages that
 * show it; a foreign folder is refused with a plain reason and left alone; publish after save follows a save.
 */
class PublishPagesHttpTest {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);
    @TempDir
    Path temp;

    private RunningBlog startWithAddress() throws Exception {
        RunningBlog blog = RunningBlog.start(temp.resolve("data"));
        Map<String, String> settings = new HashMap<>(Map.of("title", "Notes", "language", "en", "posts_per_page", "2",
                "public_address", "https://example.org/blog/", "author", "Ada"));
        assertEquals(303, blog.postForm("/settings", settings).statusCode());
        return blog;
    }

    private static void target(RunningBlog blog, String target, boolean afterSave) throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of("target", target, "branch", "gh-pages"));
        if (afterSave) {
            fields.put("after_save", "on");
        }
        HttpResponse<String> saved = blog.postForm("/publish", fields);
        assertEquals(303, saved.statusCode(), saved.body());
    }

    /** Presses Publish now and waits for the page to say how it ended; returns that sentence. */
    private static String publishNow(RunningBlog blog) throws Exception {
        assertEquals(303, blog.postForm("/publish/now", Map.of()).statusCode());
        String[] ended = new String[1];
        Eventually.await(PUBLISH_TIMEOUT, () -> {
            Document status = Jsoup.parse(blog.get("/publish/status").body());
            boolean done = "false".equals(status.getElementById("publish-progress").attr("data-running"));
            if (done) {
                ended[0] = status.select(".notice").text();
            }
            return done;
        }, "the publish to end");
        return ended[0];
    }

    @Test
    void publishesIntoAFolderAndShowsTheOutcome() throws Exception {
        Path site = temp.resolve("site");
        try (RunningBlog blog = startWithAddress()) {
            blog.createPost("First post", "Ada", "Hello **world**.");
            target(blog, site.toString(), false);
            String outcome = publishNow(blog);
            assertTrue(outcome.contains("Last publish") && outcome.contains("files changed"), outcome);
            assertTrue(outcome.contains("https://example.org/blog/"), "links to the live site: " + outcome);
            assertTrue(Files.isRegularFile(site.resolve("index.html")));
            assertTrue(Files.readString(site.resolve("feed.xml")).contains("https://example.org/blog/posts/"));

            assertTrue(publishNow(blog).contains("Already up to date"), "nothing changed, nothing written");
        }
    }

    @Test
    void aFolderHoldingSomeoneElsesFilesIsRefusedAndLeftAlone() throws Exception {
        Path site = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(site.resolve("holiday.jpg"), "not a site");
        try (RunningBlog blog = startWithAddress()) {
            target(blog, site.toString(), false);
            String outcome = publishNow(blog);
            assertTrue(outcome.contains("failed") && outcome.contains("Inkwell did not write"), outcome);
            assertEquals(List.of(site.resolve("holiday.jpg")), Files.list(site).toList());
            assertEquals("not a site", Files.readString(site.resolve("holiday.jpg")));
        }
    }

    @Test
    void wrongTargetsComeBackKeptWithTheReasonBesideTheField() throws Exception {
        try (RunningBlog blog = startWithAddress()) {
            HttpResponse<String> refused = blog.postForm("/publish",
                    Map.of("target", "relative/folder", "branch", "no spaces allowed"));
            assertEquals(422, refused.statusCode());
            Document page = Jsoup.parse(refused.body());
            assertEquals("relative/folder", page.getElementById("target").val());
            assertTrue(page.getElementById("target-error").text().contains("full folder path"));
            assertTrue(page.getElementById("branch-error").text().contains("cannot be the name of a Git branch"));
            HttpResponse<String> forged = blog.postRaw("/publish/now", Map.of("_csrf", "forged"));
            assertEquals(403, forged.statusCode());
        }
    }

    @Test
    void theCommandEndpointTakesOnlyThisRunsToken() throws Exception {
        try (RunningBlog blog = startWithAddress()) {
            String token = java.nio.file.Files.readString(temp.resolve("data").resolve("inkwell.command")).strip();
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(temp.resolve("data").resolve("inkwell.command"))));
            for (String authorization : new String[] {null, "Bearer wrong", "Bearer " + token + "x", token}) {
                var request = java.net.http.HttpRequest.newBuilder(blog.uri("/publish/command"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("to=" + temp.resolve("site")));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                assertEquals(403, blog.send(request).statusCode(), String.valueOf(authorization));
            }
            assertFalse(Files.exists(temp.resolve("site")), "nothing was published");
        }
    }

    @Test
    void withoutAPublicAddressThePageSaysWhatIsMissing() throws Exception {
        try (RunningBlog blog = RunningBlog.start(temp.resolve("data"))) {
            Document page = Jsoup.parse(blog.get("/publish").body());
            assertTrue(page.text().contains("Set the blog's public address first"));
            assertTrue(page.getElementById("publish-now").hasAttr("disabled"));
        }
    }

    @Test
    void aTokenIsKeptOwnerOnlyAndNeverShownWhole() throws Exception {
        String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
        try (RunningBlog blog = startWithAddress()) {
            HttpResponse<String> saved = blog.postForm("/publish/access",
                    Map.of("action", "https", "https_user", "ada", "https_token", token));
            assertEquals(303, saved.statusCode(), saved.body());
            String page = blog.get("/publish?saved=access").body();
            assertTrue(page.contains("Access saved"));
            assertFalse(page.contains(token), "the page never shows the whole token");
            assertTrue(Jsoup.parse(page).text().contains("HTTPS: ada"));
            List<Path> files;
            try (var walk = Files.walk(temp.resolve("data"))) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            Path holder = files.stream().filter(file -> read(file).contains(token)).findFirst().orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(holder)));
            assertTrue(files.stream().filter(file -> file.toString().contains("logs")).noneMatch(
                    file -> read(file).contains(token)), "never in a log");
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aGitBranchGetsOneCommitPerRealChangeAndOnlyThePagesThatShowIt() throws Exception {
        NeededOnCi.require(Git.available(), "the git command");
        Path bare = temp.resolve("remote.git");
        Git.run(temp, "init", "--bare", "-q", bare.toString());
        try (RunningBlog blog = startWithAddress()) {
            for (int i = 1; i <= 5; i++) {
                blog.createPost("Post " + i, "Ada", "Text of post " + i + ".");
            }
            target(blog, bare.toUri().toString(), false);
            assertTrue(publishNow(blog).contains("commit"));
            assertTrue(publishNow(blog).contains("Already up to date"));
            assertEquals("1", Git.run(bare, "rev-list", "--count", "gh-pages").strip(), "no change, no commit");

            String oldest = blog.get("/posts?page=3").body();
            String path = Jsoup.parse(oldest).selectFirst("article.card h2 a").attr("href");
            String edit = path.replaceAll("^(/posts/\\d+)/.*", "$1/edit");
            assertEquals(303, blog.postForm(edit, Map.of("title", "Post 1", "name", "Ada",
                    "content", "Text of post 1, corrected.")).statusCode());
            assertTrue(publishNow(blog).contains("commit"));
            assertEquals("2", Git.run(bare, "rev-list", "--count", "gh-pages").strip());
            List<String> changed = List.of(Git.run(bare, "diff", "--name-only", "gh-pages~1", "gh-pages")
                    .strip().split("\n"));
            String postPage = path.substring(1) + "/index.html";
            assertTrue(changed.contains(postPage) && changed.contains("feed.xml"), "the post and the feed: " + changed);
            // Only pages that show the post's text may change: its page, the lists with its card, feed, sitemap.
            for (String file : changed) {
                assertTrue(file.equals(postPage) || file.equals("index.html") || file.equals("posts/index.html")
                        || file.matches("posts/page/\\d+/index\\.html") || file.equals("feed.xml")
                        || file.equals("sitemap.xml"), "changed " + file + " which does not show the post: " + changed);
            }
            assertFalse(changed.stream().anyMatch(file -> file.matches("posts/(page/2/)?index\\.html")),
                    "list pages without the post are untouched: " + changed);
        }
    }

    @Test
    void publishAfterSaveFollowsASave() throws Exception {
        Path site = temp.resolve("site");
        try (RunningBlog blog = startWithAddress()) {
            target(blog, site.toString(), true);
            String path = blog.createPost("Written and gone live", "Ada", "By itself.");
            Eventually.await(PUBLISH_TIMEOUT, () -> Files.isRegularFile(site.resolve(path.substring(1))
                    .resolve("index.html")), "the new post's page in the published folder");
        }
    }

    /** The git command line, as the oracle: never JGit checking JGit. */
    static final class Git {
        static boolean available() {
            try {
                return new ProcessBuilder("git", "--version").start().waitFor(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return false;
            }
        }

        static String run(Path directory, String... args) throws Exception {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "git " + String.join(" ", args) + " ended");
            assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
            return output;
        }
    }
}
