package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.OneBlogPerClass;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clients that start an upload and stop sending hold a connection each, never a worker thread: the original
 * app froze for 30 s with only 4 of them. Pages that need the database still answer at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalledUploadsHttpTest extends OneBlogPerClass {
    private static final int STALLED = 64;
    /** More than Undertow's worker threads (8 per core). */
    private static final int STREAMING = 40;
    private static final String CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";

    @Test
    void sixtyFourStalledUploadsDoNotHoldUpAnotherReader() throws Exception {
        int port = blog.uri("/").getPort();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                OutputStream out = socket.getOutputStream();
                // The second half ask for "100 Continue" first, as curl does; they stall all the same.
                out.write(("POST /posts HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                        + (i >= STALLED / 2 ? "Expect: 100-continue\r\n" : "")
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                        + "title=Half+a+title&content=and+then+noth").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }
            // The server answers "100 Continue" when it starts reading a body: once every one that asked has it,
            // the server has taken those in, and (connections being taken in order) the first half before them.
            Eventually.await(Duration.ofSeconds(10), () -> stalled.subList(STALLED / 2, STALLED).stream()
                    .allMatch(socket -> received(socket, CONTINUE.length())),
                    "100 Continue on every upload that asked");
            for (Socket socket : stalled.subList(STALLED / 2, STALLED)) {
                assertEquals(CONTINUE, new String(socket.getInputStream().readNBytes(CONTINUE.length()),
                        StandardCharsets.US_ASCII));
            }
            for (String page : new String[] {"/new", "/posts?page=1", "/no-such-page"}) {
                HttpResponse<String> response = getWithinTwoSeconds(page, STALLED + " stalled uploads");
                assertTrue(response.statusCode() < 500, page + " answered " + response.statusCode());
            }
            assertEquals(303, blog.postForm("/posts", java.util.Map.of("title", "Written meanwhile", "name", "Ada",
                    "content", "A whole form, sent at once")).statusCode(), "a complete upload still saves");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void chunkedUploadsThatStallGetTheirPageAtOnceAndHoldNoWorker() throws Exception {
        int port = blog.uri("/").getPort();
        List<Socket> streaming = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMING; i++) {
                // Half of them stop under 1 MiB, half after 1.5 MiB; none ends its body.
                streaming.add(startChunkedUpload(port, i % 2 == 0 ? 100 * 1024 : 1536 * 1024));
            }
            // Each is answered 411 as soon as its headers are read: once all have their answer, all were taken in.
            Eventually.await(Duration.ofSeconds(10), () -> streaming.stream().allMatch(socket -> received(socket, 12)),
                    "an answer on every streaming upload");
            assertEquals(200, getWithinTwoSeconds("/new", STREAMING + " streaming uploads").statusCode());
            for (int i = 0; i < STREAMING; i++) {
                Socket socket = streaming.get(i);
                socket.setSoTimeout(5000);
                String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertEquals("HTTP/1.1 411", answer, "chunked upload " + i + ", still sending, is asked for a length");
            }
        } finally {
            for (Socket socket : streaming) {
                socket.close();
            }
        }
    }

    /** Whether at least {@code bytes} of an answer wait to be read on the socket. */
    private static boolean received(Socket socket, int bytes) {
        try {
            return socket.getInputStream().available() >= bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> getWithinTwoSeconds(String page, String behind) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = blog.get(page);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, page + " took " + millis + " ms behind " + behind);
        return response;
    }

    /** Starts a chunked form upload, sends {@code bytes} of it in 16 KiB chunks, and stops without ending it. */
    private static Socket startChunkedUpload(int port, int bytes) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /posts HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        chunk[0] = 'x';
        chunk[1] = '=';
        for (int sent = 0; sent < bytes; sent += chunk.length) {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            chunk[0] = 'a';
            chunk[1] = 'a';
        }
        out.flush();
        return socket;
    }
}
