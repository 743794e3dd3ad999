package inkwell;

import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real blog on a loopback port with a real Derby in a temporary folder (or a real PostgreSQL database, see
 * {@link TestDatabase}), and a browser-like HTTP client that keeps cookies, does not follow redirects (tests look
 * at each 30x themselves) and is signed in as the owner through the launcher's link, as the browser Inkwell opens
 * is; {@link #visitor()} is anyone else.
 */
public final class RunningBlog implements AutoCloseable {
    private static final java.util.regex.Pattern VIEWS =
            java.util.regex.Pattern.compile("class=\"views\">([\\d,]+) views?<");
    public final Blog blog;
    public final HttpClient client;
    public final Settings settings;
    private final BlogClient browser;

    private RunningBlog(Blog blog, Settings settings) throws IOException, InterruptedException {
        this.blog = blog;
        this.settings = settings;
        this.browser = new BlogClient(blog.url()).signIn(blog.signInLink("/"));
        this.client = browser.http();
    }

    /** Another browser of the owner's, signed in through the launcher's link as the first one was. */
    public BlogClient newOwnerBrowser() throws IOException, InterruptedException {
        return new BlogClient(blog.url()).signIn(blog.signInLink("/"));
    }

    /** This client's owner cookie as {@code name=value}, for tests that write their requests by hand. */
    public String ownerCookie() {
        return java.util.Arrays.stream(browser.cookieHeader().split("; "))
                .filter(cookie -> cookie.startsWith("inkwell_owner=")).findFirst()
                .orElseThrow(() -> new AssertionError("this client is not signed in"));
    }

    /** A browser of someone who is not the owner (a reader), on this blog. */
    public BlogClient visitor() {
        return new BlogClient(blog.url());
    }

    public static RunningBlog start(Path dataDir) throws Exception {
        return start(Settings.headless(dataDir), AppControl.of(() -> { }));
    }

    /** On the data folder's embedded Derby whatever database this test run gives other blogs (migrate's source). */
    public static RunningBlog startOnDerby(Path dataDir) throws Exception {
        Settings settings = Settings.headless(dataDir);
        return new RunningBlog(Blog.start(settings, AppControl.of(() -> { })), settings);
    }

    /** Starts on these settings, on the run's test database ({@link TestDatabase}) unless they name one. */
    public static RunningBlog start(Settings settings, AppControl control) throws Exception {
        Settings onTestDatabase = TestDatabase.apply(settings);
        return new RunningBlog(Blog.start(onTestDatabase, control), onTestDatabase);
    }

    /** The running blog's kept pages, to see whether an answer came from memory. */
    public inkwell.web.cache.PageCache pageCache() {
        return blog.pageCache();
    }

    public URI uri(String path) {
        return browser.uri(path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.get(path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request);
    }

    /** Posts a form as a browser would, with the CSRF token from this client's own form page. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        return browser.postForm(path, fields);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields) throws Exception {
        return browser.postRaw(path, fields);
    }

    public String csrfToken() throws Exception {
        return browser.csrfToken();
    }

    public static String csrfTokenIn(String html) {
        return BlogClient.csrfTokenIn(html);
    }

    /** Creates a post through the form and returns its canonical path (the 303's Location). */
    public String createPost(String title, String author, String markdown) throws Exception {
        HttpResponse<String> response = postForm("/posts", Map.of("title", title, "name", author,
                "content", markdown));
        if (response.statusCode() != 303) {
            throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The "N views" count a post page shows. */
    public static long viewsShownOn(String page) {
        java.util.regex.Matcher matcher = VIEWS.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("the post shows no view count");
        }
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    public static String encode(Map<String, String> fields) {
        return BlogClient.encode(fields);
    }

    @Override
    public void close() {
        blog.close();
    }
}
