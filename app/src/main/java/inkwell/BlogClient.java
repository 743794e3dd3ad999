package inkwell;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to a running blog the way a browser does: keeps cookies, does not follow redirects (callers check the
 * 303s themselves) and posts forms with the CSRF token taken from a form page. Used by {@code --self-test}
 * and by the tests.
 */
public final class BlogClient {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    public BlogClient(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A browser signed in as the owner of the Inkwell running on {@code dataDir}, through the address and link it
     * recorded in {@code inkwell.url}: how the owner's scripts (and the tests) sign in.
     */
    public static BlogClient ownerOf(java.nio.file.Path dataDir) throws IOException, InterruptedException {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(dataDir.resolve("inkwell.url"),
                StandardCharsets.UTF_8);
        if (lines.size() < 3) {
            throw new IOException("No sign-in link in " + dataDir.resolve("inkwell.url"));
        }
        return new BlogClient(lines.get(0).trim()).signIn(lines.get(2).trim());
    }

    /**
     * Follows the owner's sign-in link (from {@code inkwell.url}, or the running blog), so that this client is
     * the owner's browser from now on; fails when the link does not sign in.
     */
    public BlogClient signIn(String signInLink) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(signInLink)).GET());
        if (response.statusCode() != 303) {
            throw new IOException("The sign-in link answered " + response.statusCode() + ", not a sign-in");
        }
        return this;
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form as a browser would, with the CSRF token from this client's own form page. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (!withToken.containsKey("_csrf")) {
            withToken.put("_csrf", csrfToken());
        }
        return postRaw(path, withToken);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** This browser's cookies as a {@code Cookie} header, to replay them elsewhere. */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * The CSRF token this browser gets on visiting {@code path}: the token is its cookie's value, so this works on
     * pages that show no form to this browser (a visitor's).
     */
    public String csrfTokenFrom(String path) throws IOException, InterruptedException {
        get(path);
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("inkwell_csrf"))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CSRF cookie after " + path));
    }

    public String csrfToken() throws IOException, InterruptedException {
        return csrfTokenIn(get("/new").body());
    }

    public static String csrfTokenIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no _csrf field in the page");
        }
        return matcher.group(1);
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
