package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.OneBlogPerClass;
import inkwell.RawHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bounded fuzzing with fixed seeds (the same requests on every run, well under 60 s): random paths built from
 * the blog's own routes, hostile fragments and encodings, and random form bodies posted to every write route.
 * No answer may be a 5xx, and the marker planted in every request must never come back unescaped. Then
 * fuzzed creates and edits with a real CSRF token: what is accepted reads back intact, what is refused comes back
 * in the form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzHttpTest extends OneBlogPerClass {
    private static final long[] SEEDS = {1, 7, 42};
    private static final int REQUESTS_PER_SEED = 1000;
    private static final String MARKER = "<b id=fz>";
    private static final String[] SEGMENTS = {"posts", "new", "edit", "delete", "assets", "css", "site.css", "1", "2",
        "0", "-1", "99999999999999999999", "%2e%2e", "..", "%00", "%0a", "%ff", "%c0%ae", "\u00e9", "%e2%80%a4",
        "health", "stop", "favicon.ico", "a%2fb", "%25", "~", ";x", "%3Cb%20id=fz%3E", "<b id=fz>", "\u202e", ""};
    private static final String[] QUERIES = {"", "?page=2", "?page=-1", "?page=%00", "?page=<b id=fz>", "?a=b&a=c",
        "?page=99999999999999999999", "?%zz", "?page=%D9%A1"};
    private static final String[] FIELDS = {"title", "name", "content", "_csrf", "", "title[]", "%00", "t\u00edtulo"};
    private static final String[] VALUES = {"", MARKER, "<script>alert(1)</script>", "%", "%ZZ", "\u0000", "a".repeat(300),
        "[x](javascript:alert(1))", "\uD83D\uDE00", "\uFFFF", "%C0%80", "x&y=z", "\r\n\r\nHTTP/1.1 200 OK"};

    private static final long WRITE_SEED = 2026;
    private static final int WRITES = 250;
    private static final Duration WRITE_TIME = Duration.ofSeconds(12);

    @Test
    void tokenValidCreatesAndEditsReadBackAsWrittenOrComeBackInTheForm() throws Exception {
        BlogClient browser = blog.newOwnerBrowser();
        HttpResponse<String> form = browser.get("/new");
        String token = BlogClient.csrfTokenIn(form.body());
        assertTrue(form.headers().allValues("Set-Cookie").stream()
                        .anyMatch(cookie -> cookie.startsWith("inkwell_csrf=" + token + ";")),
                "the form's token is the one in the inkwell_csrf cookie");
        Random random = new Random(WRITE_SEED);
        List<String> posts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        long deadline = System.nanoTime() + WRITE_TIME.toNanos();
        for (int i = 0; i < WRITES && System.nanoTime() < deadline; i++) {
            FuzzedDraft draft = FuzzedDraft.random(random);
            boolean edit = !posts.isEmpty() && random.nextBoolean();
            String target = edit ? posts.get(random.nextInt(posts.size())).replaceAll("/[^/]*$", "/edit") : "/posts";
            HttpResponse<String> response = browser.postRaw(target, Map.of("_csrf", token, "title", draft.title(),
                    "name", draft.author(), "content", draft.content()));
            FuzzedDraft expected = draft.normalised();
            String what = "write " + i + " (POST " + target + ", " + response.statusCode() + ")";
            if (response.statusCode() == 303) {
                accepted++;
                String location = response.headers().firstValue("Location").orElseThrow();
                posts.add(location);
                check(failures, what + " accepted", expected.valid() ? 303 : 422, 303);
                HttpResponse<String> page = browser.get(location);
                FuzzedDraft shown = new FuzzedDraft(expected.title(), expected.author(), null);
                check(failures, what + " post page", "200 " + shown,
                        page.statusCode() + " " + FuzzedDraft.onPostPage(page.body()));
                HttpResponse<String> editForm = browser.get(location.replaceAll("/[^/]*$", "/edit"));
                check(failures, what + " edit form", expected, FuzzedDraft.inForm(editForm.body()));
            } else {
                refused++;
                check(failures, what + " refused", expected.valid() ? 303 : 422, response.statusCode());
                check(failures, what + " form kept the text", expected, FuzzedDraft.inForm(response.body()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + (accepted + refused) + " writes failed:\n"
                + String.join("\n", failures));
        assertTrue(accepted >= 20 && refused >= 5, "both kinds of answer were checked: " + accepted
                + " accepted, " + refused + " refused");
    }

    private static void check(List<String> failures, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ":\n  expected " + shown(expected) + "\n  but got  " + shown(actual));
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        text = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return text.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
    }

    @Test
    void randomRequestsNeverGetA5xxOrAnUnescapedEcho() throws Exception {
        int port = blog.uri("/").getPort();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int i = 0; i < REQUESTS_PER_SEED; i++) {
                String raw = random.nextInt(3) == 0 ? formPost(random, port) : get(random, port);
                RawHttp.Response response = RawHttp.send(blog.uri("/"), raw);
                sent++;
                if (response.text().isEmpty()) {
                    failures.add("no answer: " + raw.lines().findFirst().orElse(""));
                } else if (response.status() >= 500) {
                    failures.add(response.status() + ": " + raw.lines().findFirst().orElse(""));
                } else if (response.body().contains(MARKER)) {
                    failures.add("echoed unescaped: " + raw.lines().findFirst().orElse(""));
                }
            }
        }
        assertEquals(SEEDS.length * REQUESTS_PER_SEED, sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " failed:\n" + String.join("\n", failures));
        assertFalse(blog.get("/").body().contains(MARKER), "nothing stored shows the marker unescaped");
    }

    private static String get(Random random, int port) {
        StringBuilder path = new StringBuilder();
        int depth = 1 + random.nextInt(4);
        for (int d = 0; d < depth; d++) {
            path.append('/').append(pick(random, SEGMENTS));
        }
        path.append(pick(random, QUERIES));
        String method = random.nextInt(10) == 0 ? "HEAD" : "GET";
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
    }

    private static String formPost(Random random, int port) {
        String[] targets = {"/posts", "/posts/1/edit", "/posts/2/delete", "/stop", "/posts/" + random.nextInt(5) + "/edit"};
        StringBuilder body = new StringBuilder();
        int fields = random.nextInt(6);
        for (int f = 0; f < fields; f++) {
            String value = pick(random, VALUES);
            String encoded = random.nextBoolean() ? java.net.URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
            body.append(f == 0 ? "" : "&").append(pick(random, FIELDS)).append('=').append(encoded);
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return "POST " + pick(random, targets) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
