package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no browser would send, class by class, over a raw socket: each gets an answer (never a dropped
 * connection), never a 5xx, and never the server's files or an unescaped echo of what was sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputHttpTest extends OneBlogPerClass {
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";
    /** A file planted in the data folder, beside the CSRF key, that no request may ever get. */
    private static final String PLANTED = "planted-secret.txt";
    private static final String PLANTED_TEXT = "planted secret " + java.util.UUID.randomUUID();

    @BeforeAll
    void plantASecret() throws Exception {
        Files.writeString(blog.settings.dataDir().resolve(PLANTED), PLANTED_TEXT);
        assertEquals(32, Files.size(blog.settings.dataDir().resolve("secret.key")), "the CSRF key is in the folder");
    }

    private String host() {
        return "Host: 127.0.0.1:" + blog.uri("/").getPort() + "\r\n";
    }

    private String request(String line, String headers, String body) {
        return line + "\r\n" + host() + headers + "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    Stream<Arguments> methods() {
        return Stream.of("FOO / HTTP/1.1", "PUT /posts HTTP/1.1", "DELETE /posts/1 HTTP/1.1", "OPTIONS * HTTP/1.1",
                "TRACE / HTTP/1.1", "PROPFIND / HTTP/1.1", "PATCH /posts/1/edit HTTP/1.1", "get / HTTP/1.1")
                .map(line -> Arguments.of(line, request(line, "", "")));
    }

    Stream<Arguments> malformed() {
        String big = "X-Big: " + "a".repeat(70_000) + "\r\n";
        return Stream.of(
                Arguments.of("HTTP/9.9", "GET / HTTP/9.9\r\n" + host() + "\r\n"),
                Arguments.of("bad escape", request("GET /%zz HTTP/1.1", "", "")),
                Arguments.of("header without colon", "GET / HTTP/1.1\r\n" + host() + "NoColonHere\r\n\r\n"),
                Arguments.of("70 KB header", request("GET / HTTP/1.1", big, "")),
                Arguments.of("HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n"),
                Arguments.of("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
                Arguments.of("foreign Host", "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
                Arguments.of("two Hosts", "GET / HTTP/1.1\r\n" + host() + "Host: evil.example\r\nConnection: close\r\n\r\n"),
                Arguments.of("space in Host", "GET / HTTP/1.1\r\nHost: 127.0.0.1 :80\r\nConnection: close\r\n\r\n"),
                Arguments.of("control character in path", request("GET /posts/%01 HTTP/1.1", "", "")),
                Arguments.of("absolute URI", request("GET http://evil.example/ HTTP/1.1", "", "")));
    }

    Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("not UTF-8", request("POST /posts HTTP/1.1", FORM, "title=%FF%FE%C0&name=a&content=%80%81")),
                Arguments.of("raw Latin-1 bytes", request("POST /posts HTTP/1.1", FORM, "title=caf\u00e9&name=\u00ff&content=x")),
                Arguments.of("JSON", request("POST /posts HTTP/1.1", "Content-Type: application/json\r\n", "{\"title\":\"x\"}")),
                Arguments.of("multipart", request("POST /posts HTTP/1.1", "Content-Type: multipart/form-data; boundary=b\r\n",
                        "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--b--\r\n")),
                Arguments.of("text", request("POST /posts HTTP/1.1", "Content-Type: text/plain\r\n", "title=x")),
                Arguments.of("no content type", request("POST /posts HTTP/1.1", "", "title=x")),
                Arguments.of("repeated fields", request("POST /posts HTTP/1.1", FORM, "title=a&title=b&_csrf=x&_csrf=y")),
                Arguments.of("empty body", request("POST /posts HTTP/1.1", FORM, "")),
                Arguments.of("NUL in fields", request("POST /posts HTTP/1.1", FORM, "title=a%00b&name=%00&content=%00")),
                Arguments.of("bare percent", request("POST /posts HTTP/1.1", FORM, "title=%&name=%%&content=%G1")),
                Arguments.of("edit of a huge id", request("POST /posts/99999999999999999999/edit HTTP/1.1", FORM, "title=x")),
                Arguments.of("declared 5 MiB, then stalled", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Content-Length: 5242880\r\n\r\ntitle=x"),
                Arguments.of("declared 20 GiB", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Content-Length: 21474836480\r\n\r\ntitle=x"),
                Arguments.of("negative length", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Content-Length: -5\r\nConnection: close\r\n\r\ntitle=x"),
                Arguments.of("chunked, 2 MiB", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Transfer-Encoding: chunked\r\n\r\n" + chunked(2 * 1024 * 1024)),
                Arguments.of("chunked, bad chunk size", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\ntitle=x\r\n0\r\n\r\n"),
                Arguments.of("chunked and a length", "POST /posts HTTP/1.1\r\n" + host() + FORM
                        + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\nConnection: close\r\n\r\n"
                        + "7\r\ntitle=x\r\n0\r\n\r\n"));
    }

    /** A whole chunked form body of about {@code bytes}, in 8 KiB chunks. */
    private static String chunked(int bytes) {
        StringBuilder body = new StringBuilder(bytes + bytes / 1000);
        String chunk = "title=" + "a".repeat(8192 - 6);
        for (int sent = 0; sent < bytes; sent += 8192) {
            body.append(Integer.toHexString(8192)).append("\r\n").append(sent == 0 ? chunk : "a".repeat(8192))
                    .append("\r\n");
        }
        return body.append("0\r\n\r\n").toString();
    }

    Stream<Arguments> numbers() {
        return Stream.of("/posts/-1", "/posts/0", "/posts/99999999999999999999", "/posts/%D9%A1%D9%A2",
                "/posts/007", "/posts/1%0a", "/posts/1%0d%0aSet-Cookie:x=y", "/posts/1.5", "/posts/1e3",
                "/posts?page=-1", "/posts?page=0", "/posts?page=99999999999999999999", "/posts?page=%0a",
                "/posts?page=%D9%A1", "/posts?page=1&page=2", "/posts/1/edit/extra", "/posts/-5/delete")
                .map(path -> Arguments.of(path, request("GET " + path + " HTTP/1.1", "", "")));
    }

    Stream<Arguments> traversal() {
        String data = blog.settings.dataDir().toAbsolutePath().toString().substring(1);
        return Stream.of("/assets/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/%252e%252e/db",
                "/assets/..%5c..%5cdb", "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/assets/\u2024\u2024/secret.key",
                "/assets/css/..%2f..%2fsecret.key", "/assets/css/%2e%2e%2f%2e%2e%2finkwell.lock", "/..;/secret.key",
                "/assets//etc/passwd", "/assets/css/site.css%00.txt", "/favicon.ico/../secret.key",
                "/assets/../" + PLANTED, "/assets/css/..%2f..%2f" + PLANTED, "/assets/%2e%2e/%2e%2e/" + PLANTED,
                "/assets/" + "..%2f".repeat(12) + data + "/" + PLANTED, "/assets//" + data + "/" + PLANTED,
                "/assets/%2f" + data.replace("/", "%2f") + "%2f" + PLANTED, "/" + "%2e%2e/".repeat(12) + data
                        + "/secret.key", "/assets/" + "..\\".repeat(12) + data + "/" + PLANTED)
                .map(path -> Arguments.of(path, request("GET " + path + " HTTP/1.1", "", "")));
    }

    /**
     * Assets are served from the class path, never from the disk: no path reaches a file of the data folder
     * (the CSRF key, a planted file) or of the system. Each answer is a 4xx, or a redirect to a 4xx.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("traversal")
    void traversalReachesNoFileOutsideTheAssets(String name, String raw) throws Exception {
        RawHttp.Response response = RawHttp.send(blog.uri("/"), raw);
        assertNoSecretIn(name, response);
        if (response.status() / 100 == 3) {
            String location = response.text().lines().filter(line -> line.startsWith("Location: ")).findFirst()
                    .orElseThrow().substring("Location: ".length());
            assertTrue(location.startsWith("/") && !location.startsWith("//"), name + " redirects away: " + location);
            response = RawHttp.send(blog.uri("/"), request("GET " + location + " HTTP/1.1", "", ""));
            name += " then " + location;
            assertNoSecretIn(name, response);
        }
        assertEquals(4, response.status() / 100, name + " answered " + response.status() + ":\n" + response.text());
    }

    private void assertNoSecretIn(String name, RawHttp.Response response) throws Exception {
        // The body starts after ASCII headers and the key is all of a served file, so both decode alike.
        String key = new String(Files.readAllBytes(blog.settings.dataDir().resolve("secret.key")),
                StandardCharsets.UTF_8);
        assertFalse(response.body().contains(key), name + " served the CSRF key");
        assertFalse(response.text().contains(PLANTED_TEXT), name + " served the planted file");
        assertFalse(response.text().contains("root:x:"), name + " served /etc/passwd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"methods", "malformed", "bodies", "numbers", "traversal"})
    void answeredWithoutA5xxAndWithoutLeakingAnything(String name, String raw) throws Exception {
        RawHttp.Response response = RawHttp.send(blog.uri("/"), raw);
        assertFalse(response.text().isEmpty(), "the connection was dropped without an answer");
        int status = response.status();
        assertTrue(status < 500, name + " answered " + status + ":\n" + response.text());
        for (String leak : List.of("root:x:", "Exception", "\tat ", "Set-Cookie: x=y")) {
            assertFalse(response.text().contains(leak), name + " leaked " + leak);
        }
    }
}
