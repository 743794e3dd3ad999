package inkwell;

import inkwell.logging.Logging;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * {@code inkwell --self-test}: starts a whole blog on a free loopback port with a new database in a temporary
 * folder, writes, reads, edits and deletes a post through the real pages, then stops and removes the folder.
 * It never touches the user's own blog. Users run it to check an installation; the installer build runs it as
 * the training run that records the class-data-sharing archive, which is why it exits normally and walks
 * every kind of page once.
 */
final class SelfTest {
    private static final String SAMPLE = """
            ## A heading

            Some *emphasis*, `code` and a [link](https://example.org).

            | Column | Value |
            |--------|-------|
            | a      | 1     |

            ```java
            System.out.println("hello");
            ```

            - [x] a task
            - a list item
            """;

    private final PrintStream out;
    private int requests;

    SelfTest(PrintStream out) {
        this.out = out;
    }

    /** Returns the process exit code: 0 when every page answered as expected, 1 otherwise. */
    int run() {
        long started = System.nanoTime();
        Path folder;
        try {
            folder = Files.createTempDirectory("inkwell-self-test");
        } catch (IOException e) {
            out.println("Self-test failed: cannot create a temporary folder: " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        }
        Settings settings = Settings.headless(folder);
        Logging.configure(settings.logFolder());
        boolean passed = false;
        try {
            try (Blog blog = Blog.start(settings, AppControl.of(() -> { }))) {
                exercise(new BlogClient(blog.url()).signIn(blog.signInLink("/")));
            }
            startAgain(settings);
            passed = true;
        } catch (Exception e) {
            out.println("Self-test failed: " + e.getMessage());
            out.println("The log is kept in " + folder.resolve("logs"));
            return Inkwell.EXIT_CANNOT_START;
        } finally {
            if (passed) {
                deleteQuietly(folder);
            }
        }
        out.printf("Self-test passed: %d requests answered as expected in %d ms%n", requests,
                (System.nanoTime() - started) / 1_000_000);
        return Inkwell.EXIT_OK;
    }

    private void exercise(BlogClient browser) throws IOException, InterruptedException {
        expect(browser.get("/"), 200, "Inkwell");
        expect(browser.get("/posts"), 200, "</html>");
        expect(browser.get("/new"), 200, "name=\"_csrf\"");
        String post = location(expect(browser.postForm("/posts",
                Map.of("title", "Self-test post", "name", "Inkwell", "content", SAMPLE)), 303, ""));
        expect(browser.get(post), 200, "<table>");
        expect(browser.get("/"), 200, "Self-test post");
        String id = post.split("/")[2];
        expect(browser.get("/posts/" + id + "/edit"), 200, "Self-test post");
        String edited = location(expect(browser.postForm("/posts/" + id + "/edit",
                Map.of("title", "Self-test post, edited", "name", "Inkwell", "content", SAMPLE)), 303, ""));
        expect(browser.get(edited), 200, "edited");
        expect(browser.postForm("/posts", Map.of("title", "", "name", "", "content", "")), 422, "");
        expect(browser.get("/posts/" + id + "/delete"), 200, "name=\"_csrf\"");
        expect(browser.postForm("/posts/" + id + "/delete", Map.of()), 303, "");
        expect(browser.get(edited), 404, "</html>");
        expect(browser.get("/assets/css/site.css"), 200, "");
        expect(browser.get("/health"), 200, "");
    }

    /**
     * A second start in the same folder, as every launch after the first: the owner's sign-in link and the home page
     * are answered from the copy the stop above left, while the database waits (the installer's training run thus
     * records that path as well).
     */
    private void startAgain(Settings settings) throws Exception {
        CompletableFuture<HttpResponse<String>> early = new CompletableFuture<>();
        try (Blog blog = Blog.start(settings, AppControl.of(() -> { }), link -> {
            try {
                String base = link.substring(0, link.indexOf('/', "http://".length()));
                early.complete(new BlogClient(base).signIn(link).get("/"));
            } catch (Exception | Error e) {
                early.completeExceptionally(e);
            }
        }, false)) {
            expect(early.join(), 200, "</html>");
            if (blog.firstPages().answeredFromCopy() != 1) {
                throw new IllegalStateException("the second start did not answer its home page from the last copy");
            }
            expect(new BlogClient(blog.url()).get("/"), 200, "</html>");
        }
    }

    private HttpResponse<String> expect(HttpResponse<String> response, int status, String bodyPart) {
        requests++;
        String request = response.request().method() + " " + response.request().uri().getPath();
        if (response.statusCode() != status) {
            throw new IllegalStateException(request + " answered " + response.statusCode() + ", expected " + status);
        }
        if (!response.body().contains(bodyPart)) {
            throw new IllegalStateException(request + " answered without \"" + bodyPart + "\"");
        }
        return response;
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("a 303 without a Location"));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless; the system cleans it.
        }
    }
}
