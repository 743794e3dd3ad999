package inkwell;

import inkwell.web.security.CommandToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests to the Inkwell running on a data folder, signed with its command token. A request that arrives while
 * that Inkwell restores waits for it (up to a minute at a time); a 503 meanwhile is asked again.
 */
final class SignedRequests {
    private static final int ATTEMPTS = 30;

    private final URI base;
    private final String token;
    private final Duration timeout;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SignedRequests(String url, String token, Duration timeout) {
        this.base = URI.create(url);
        this.token = token;
        this.timeout = timeout;
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        for (int attempt = 1; response.statusCode() == 503 && attempt < ATTEMPTS; attempt++) {
            response = send(request(path).GET());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", CommandToken.header(token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's words: plain text as it is, an error page's main text. */
    static String text(HttpResponse<String> response) {
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        String text = html ? org.jsoup.Jsoup.parse(response.body()).select("main").text() : response.body();
        return text.strip().replace('\n', ' ');
    }
}
