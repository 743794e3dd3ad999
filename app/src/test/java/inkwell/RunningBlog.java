package inkwell;

import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real blog on a loopback port with a real Derby in a temporary folder, and a browser-like HTTP client that
 * keeps cookies and does not follow redirects (tests look at each 30x themselves).
 */
public final class RunningBlog implements AutoCloseable {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public final Blog blog;
    public final HttpClient client;
    public final Settings settings;

    private RunningBlog(Blog blog, Settings settings) {
        this.blog = blog;
        this.settings = settings;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static RunningBlog start(Path dataDir) throws Exception {
        return start(Settings.headless(dataDir), AppControl.of(() -> { }));
    }

    public static RunningBlog start(Settings settings, AppControl control) throws Exception {
        return new RunningBlog(Blog.start(settings, control), settings);
    }

    public URI uri(String path) {
        return URI.create(blog.url()).resolve(path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form as a browser would, with the CSRF token from this client's own form page. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrfToken());
        return postRaw(path, withToken);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    public String csrfToken() throws Exception {
        return csrfTokenIn(get("/new").body());
    }

    public static String csrfTokenIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field in the page");
        }
        return matcher.group(1);
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

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        blog.close();
    }
}
