package inkwell.web.http;

import inkwell.web.assets.AssetUrls;
import inkwell.web.view.ErrorPages;
import inkwell.web.view.Templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A handler that fails unexpectedly gives the site's 500 page with a log reference, never a stack trace. */
class ErrorBoundaryTest {

    /** Serves one request through an ErrorBoundary around {@code failing} on a real loopback Undertow. */
    private static HttpResponse<String> requestThrough(HttpHandler failing) throws Exception {
        Templates templates = new Templates(new inkwell.site.CurrentSite(inkwell.site.SiteSettings.titled("Test blog")), new AssetUrls(ErrorBoundaryTest.class.getClassLoader()));
        Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(new WorkerDispatch(new ErrorBoundary(failing, new ErrorPages(templates)))).build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/boom")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    @Test
    void unexpectedFailureBecomesA500PageWithAReference() throws Exception {
        HttpResponse<String> response = requestThrough(exchange -> {
            throw new IllegalStateException("secret internal detail");
        });
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("Something went wrong on our side"));
        assertTrue(response.body().matches("(?s).*Reference: <code>[0-9a-f]{8}</code>.*"));
        assertTrue(response.body().contains("Test blog"), "in the site layout");
        assertFalse(response.body().contains("secret internal detail"));
        assertFalse(response.body().contains("IllegalStateException"));
        assertFalse(response.body().contains("at inkwell."));
    }

    @Test
    void aServerFaultWritesExactlyOneStackTraceWithTheReferenceThePageShows() throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(ErrorBoundary.class.getName());
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            HttpResponse<String> response = requestThrough(exchange -> {
                throw new IllegalStateException("a bug of ours");
            });
            java.util.regex.Matcher reference = java.util.regex.Pattern.compile("Reference: <code>([0-9a-f]{8})</code>")
                    .matcher(response.body());
            assertTrue(reference.find(), response.body());
            java.util.List<java.util.logging.LogRecord> traces = records.stream()
                    .filter(record -> record.getThrown() != null).toList();
            assertEquals(1, traces.size(), "one stack trace per fault");
            assertTrue(new java.util.logging.SimpleFormatter().formatMessage(traces.get(0)).contains(reference.group(1)),
                    "the log entry carries the page's reference");
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void httpErrorsKeepTheirStatusAndEscapedMessage() throws Exception {
        HttpResponse<String> response = requestThrough(exchange -> {
            throw new HttpError(422, "Title <b>missing</b>");
        });
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Title &lt;b&gt;missing&lt;/b&gt;"));
    }
}
