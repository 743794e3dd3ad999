package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request smuggling: a request is never read out of another request's body. Each request carries, as its body, a
 * whole second request for a marker page; then a last request asks for /health and closes. Framed as declared,
 * the marker is body and never answered; a request whose framing is refused gets its error and the connection
 * closes, so nothing after it is read.
 */
class FramingHttpTest extends OneBlogPerClass {
    private static final String MARKER = "/smuggled-7f3a";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    private String host() {
        return "Host: 127.0.0.1:" + blog.uri("/").getPort() + "\r\n";
    }

    private String smuggled() {
        return "GET " + MARKER + " HTTP/1.1\r\n" + host() + "\r\n";
    }

    private String lastRequest() {
        return "GET /health HTTP/1.1\r\n" + host() + "Connection: close\r\n\r\n";
    }

    private static void assertNothingSmuggled(String what, RawHttp.Response response) {
        assertFalse(response.text().contains(MARKER), what + ": a request was read out of a body:\n" + response.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xchunked", "chunked, identity", "chunked, chunked", "identity", "gzip, chunked",
            "chunked;foo=bar", "\"chunked\"", "chunked\r\nTransfer-Encoding: chunked", "chunked\r\nContent-Length: 5"})
    void aTransferEncodingOtherThanExactlyChunkedIsRefusedAndTheConnectionCloses(String encoding) throws Exception {
        String body = "0\r\n\r\n" + smuggled();
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "POST /posts HTTP/1.1\r\n" + host() + FORM
                + "Transfer-Encoding: " + encoding + "\r\n\r\n" + body + lastRequest());
        assertNothingSmuggled(encoding, response);
        assertTrue(response.responses() == 1, encoding + ": more than one answer:\n" + response.text());
        assertTrue(response.closed(), encoding + ": the connection stayed open after a framing error");
        int status = response.status();
        assertTrue(status == 400 || status == 501, encoding + " answered " + status);
    }

    @Test
    void exactlyChunkedIsAskedForALengthAndItsBodyStaysBody() throws Exception {
        String chunk = smuggled();
        String body = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "POST /posts HTTP/1.1\r\n" + host() + FORM
                + "Transfer-Encoding: chunked\r\n\r\n" + body + lastRequest());
        assertTrue(response.status() == 411, response.text());
        assertNothingSmuggled("chunked", response);
    }

    /**
     * Fixed-seed fuzzing of Content-Length and Transfer-Encoding spellings, header-name case and order, with the
     * smuggled request as the body: whatever the server makes of the framing, it never answers the marker.
     */
    @Test
    void fuzzedFramingNeverAnswersARequestHiddenInABody() throws Exception {
        List<String> lengths = List.of("%d", "+%d", " %d ", "%d, %d", "0%d", "0x%x", "%d.0", "-%d", "%d%d",
                "99999999999999999999", "", "%d\r\nContent-Length: %d", "%d\r\nContent-Length: 1");
        List<String> encodings = List.of("chunked", "Chunked", " chunked", "chunked ", "xchunked", "chunked, gzip",
                "identity, chunked", "chunked\u000b", "chunk", "\tchunked", "CHUNKED", "");
        List<String> names = List.of("Content-Length", "content-length", "CONTENT-LENGTH", "Content-length");
        Random random = new Random(20261201L);
        long deadline = System.nanoTime() + 40_000_000_000L;
        for (int i = 0; i < 120 && System.nanoTime() < deadline; i++) {
            boolean withLength = random.nextInt(4) > 0;
            String encoding = random.nextInt(3) == 0 ? encodings.get(random.nextInt(encodings.size())) : null;
            // Half the time the body opens with a last chunk, so that read as chunked the marker comes right after
            // it; not when the framing is plainly chunked, where what follows the last chunk is a real next request.
            boolean plainlyChunked = !withLength && encoding != null && encoding.strip().equalsIgnoreCase("chunked")
                    && encoding.matches("[ \t]*\\S+[ \t]*");
            String body = (random.nextBoolean() && !plainlyChunked ? "0\r\n\r\n" : "") + smuggled();
            int n = body.length();
            StringBuilder headers = new StringBuilder();
            if (withLength) {
                String spelling = lengths.get(random.nextInt(lengths.size())).replace("%x", Integer.toHexString(n))
                        .replace("%d", String.valueOf(n));
                headers.append(names.get(random.nextInt(names.size()))).append(": ").append(spelling).append("\r\n");
            }
            if (encoding != null) {
                headers.append(random.nextBoolean() ? "Transfer-Encoding: " : "transfer-encoding: ")
                        .append(encoding).append("\r\n");
            }
            if (headers.length() == 0) {
                continue; // no framing at all: an empty body, and what follows is a real next request
            }
            String request = "POST /posts HTTP/1.1\r\n" + host() + FORM + headers + "\r\n" + body + lastRequest();
            // A declared length beyond what was sent leaves the server waiting for the rest: no answer is right.
            RawHttp.Response response = RawHttp.send(blog.uri("/"), request, 1000);
            String label = "case " + i + " " + headers.toString().replace("\r\n", " | ");
            assertNothingSmuggled(label, response);
            assertTrue(response.text().isEmpty() || response.status() < 500 || response.status() == 501,
                    label + ": " + response.text());
        }
    }
}
