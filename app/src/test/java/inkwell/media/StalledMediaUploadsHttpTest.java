package inkwell.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.OneBlogPerClass;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uploads are read by worker threads as they stream in, so stalled ones must not take them all: two are read at
 * once, every other is refused at once on the IO thread, and pages keep answering.
 */
class StalledMediaUploadsHttpTest extends OneBlogPerClass {
    private static final int STALLED = 24;

    @Test
    void stalledUploadsHoldTwoWorkersAtMostAndPagesStillAnswer() throws Exception {
        int port = blog.uri("/").getPort();
        String token = blog.csrfToken();
        String cookie = "inkwell_csrf=" + token;
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                OutputStream out = socket.getOutputStream();
                byte[] start = new Multipart().field("_csrf", token).text("--" + Multipart.BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n\r\n")
                        .text("x".repeat(64 * 1024)).bytes();
                out.write(("POST /media HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + cookie
                        + "\r\nContent-Type: " + Multipart.contentType() + "\r\nContent-Length: " + 5 * 1024 * 1024
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(start, 0, start.length - 64);
                out.flush();
                stalled.add(socket);
            }
            // All but two are answered 503 at once, while still "sending".
            Eventually.await(Duration.ofSeconds(10), () -> stalled.stream().filter(StalledMediaUploadsHttpTest::answered)
                    .count() >= STALLED - 2, "an answer on all uploads but two");
            for (String page : new String[] {"/new", "/media", "/posts"}) {
                long started = System.nanoTime();
                HttpResponse<String> response = blog.get(page);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, response.statusCode(), page);
                assertTrue(millis < 2000, page + " took " + millis + " ms behind " + STALLED + " stalled uploads");
            }
            HttpResponse<String> busy = upload(token);
            assertEquals(503, busy.statusCode());
            assertTrue(busy.body().contains("two other uploads"), busy.body());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        // The slots come back when the stalled uploads end.
        Eventually.await(Duration.ofSeconds(10), () -> upload(token).statusCode() == 201, "an upload taken again");
    }

    /** Whether an answer's status line waits to be read on the socket. */
    private static boolean answered(Socket socket) {
        try {
            return socket.getInputStream().available() >= 12;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> upload(String token) {
        try {
            return blog.send(HttpRequest.newBuilder(blog.uri("/media")).header("Content-Type", Multipart.contentType())
                    .header("Accept", "application/json").POST(new Multipart().field("_csrf", token)
                            .file("file", "ok.png", "image/png", TestImages.png(16, 16)).publisher()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
