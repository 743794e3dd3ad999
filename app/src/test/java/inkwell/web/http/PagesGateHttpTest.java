package inkwell.web.http;

import inkwell.Eventually;
import inkwell.web.assets.AssetUrls;
import inkwell.web.cache.PageCache;
import inkwell.web.view.Templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server listens before the database is ready: early requests wait for the pages, assets do not. */
class PagesGateHttpTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PagesGate gate = new PagesGate();
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        Templates templates = new Templates(new inkwell.site.CurrentSite(inkwell.site.SiteSettings.titled("Gate test")), new AssetUrls(PagesGate.class.getClassLoader()));
        server = WebServer.start(new ServerAddress("127.0.0.1", 0, false), gate, templates, new PageCache(),
                next -> next, name -> false, java.util.Set.of());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                .timeout(Duration.ofSeconds(20)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestBeforeTheDatabaseIsReadyWaitsAndThenGetsThePage() throws Exception {
        CompletableFuture<HttpResponse<String>> early = get("/");
        Eventually.await(Duration.ofSeconds(10), () -> gate.waiting() == 1 || early.isDone(),
                "the request at the gate");
        assertFalse(early.isDone(), "answered before the pages were ready");
        HttpResponse<String> css = get("/assets/css/site.css").get(5, TimeUnit.SECONDS);
        assertEquals(200, css.statusCode(), "assets are served while the database starts");
        gate.open(new Router().get("/", exchange -> exchange.getResponseSender().send("the home page")));
        HttpResponse<String> response = early.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("the home page", response.body());
    }

    @Test
    void aStartThatFailsAnswersTheWaitingRequestWithAPageNotAHang() throws Exception {
        CompletableFuture<HttpResponse<String>> early = get("/posts");
        Eventually.await(Duration.ofSeconds(10), () -> gate.waiting() == 1, "the request at the gate");
        gate.fail();
        HttpResponse<String> response = early.get(5, TimeUnit.SECONDS);
        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("could not start"), response.body());
    }
}
