package inkwell.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RawHttp;
import inkwell.RunningBlog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log as Inkwell writes it, after a barrage of bad requests: a client's mistake or attack is answered, and
 * never leaves a stack trace in {@code logs/inkwell.0.log} (the cookie limit and an out-of-memory render once
 * left five).
 */
class ClientErrorsLeaveNoTraceTest {

    @Test
    void badRequestsOfEveryKindLeaveNoStackTraceInTheLog(@TempDir Path folder) throws Exception {
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        Level levelBefore = root.getLevel();
        Path logs = folder.resolve("logs");
        try {
            Logging.configure(logs);
            try (RunningBlog blog = RunningBlog.start(folder.resolve("data"))) {
                sendBadRequests(blog);
            }
            for (Handler handler : root.getHandlers()) {
                handler.flush();
            }
            String log = Files.readString(logs.resolve("inkwell.0.log"), StandardCharsets.UTF_8);
            assertTrue(log.contains("Inkwell serving"), "the log was written:\n" + log);
            assertFalse(log.contains("\tat "), "a stack trace in the log:\n" + log);
            assertFalse(log.contains("Exception"), "an exception in the log:\n" + log);
        } finally {
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
                handler.close();
            }
            for (Handler handler : before) {
                root.addHandler(handler);
            }
            root.setLevel(levelBefore);
        }
    }

    private static void sendBadRequests(RunningBlog blog) throws Exception {
        String host = "Host: 127.0.0.1:" + blog.uri("/").getPort() + "\r\n";
        String form = "Content-Type: application/x-www-form-urlencoded\r\n";
        String cookies = String.join("; ", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "planted" + i + "=1")
                .toList());
        for (String raw : List.of(
                "GET / HTTP/1.1\r\n" + host + "Cookie: " + cookies + "\r\nConnection: close\r\n\r\n",
                "GET /new HTTP/1.1\r\n" + host + "Cookie: " + cookies + "\r\nConnection: close\r\n\r\n",
                "POST /posts HTTP/1.1\r\n" + host + form + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n",
                "POST /posts HTTP/1.1\r\n" + host + form + "Transfer-Encoding: chunked\r\n\r\nzz\r\nx\r\n0\r\n\r\n",
                "POST /posts HTTP/1.1\r\n" + host + form + "Content-Length: 21474836480\r\n\r\ntitle=x",
                "POST /posts HTTP/1.1\r\n" + host + form + "Content-Length: 9\r\nConnection: close\r\n\r\ntitle=%zz",
                "POST /posts HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}",
                "GET /%zz HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET / HTTP/9.9\r\n" + host + "\r\n",
                "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
                "PUT /posts HTTP/1.1\r\n" + host + "Content-Length: 0\r\nConnection: close\r\n\r\n",
                "GET /posts/99999999999999999999 HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /assets/..%2f..%2fsecret.key HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n")) {
            RawHttp.send(blog.uri("/"), raw, 2000);
        }
        String amplifying = "[x]: /" + "a".repeat(40_000) + "\n\n" + "[x] ".repeat(35_000);
        assertEquals(422, blog.postForm("/posts", Map.of("title", "Amplifier", "name", "M", "content", amplifying))
                .statusCode());
        assertEquals(403, blog.postRaw("/posts", Map.of("title", "No token", "name", "M", "content", "x"))
                .statusCode());
    }
}
