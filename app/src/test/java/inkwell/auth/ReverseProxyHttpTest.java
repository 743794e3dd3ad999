package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RawHttp;
import inkwell.RunningBlog;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inkwell behind a reverse proxy that ends HTTPS (Caddy or nginx, as the README shows), with requests written as
 * the proxy sends them: the proxy's forwarded headers are believed only from the configured proxy address; a
 * request through it is never "this computer" (the launcher's link does not count there), the owner cookie is
 * Secure, the reader's address is the one forwarded, and a form posted from the https origin is taken.
 */
class ReverseProxyHttpTest {
    private static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dataDir;

    private RunningBlog start(List<String> proxies) throws Exception {
        Settings base = Settings.headless(dataDir);
        return RunningBlog.start(new Settings(0, true, base.bind(), dataDir, Optional.empty(), Optional.empty(),
                Optional.empty(), "Behind a proxy", false, false, List.of("blog.example.org"), proxies),
                AppControl.of(() -> { }));
    }

    private static RawHttp.Response viaProxy(RunningBlog blog, String method, String path, String headers, String body)
            throws Exception {
        return RawHttp.send(blog.uri("/"), method + " " + path + " HTTP/1.1\r\nHost: blog.example.org\r\n"
                + "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n" + headers
                + (body == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
                + "Connection: close\r\n\r\n" + (body == null ? "" : body));
    }

    @Test
    void throughTheConfiguredProxyTheForwardedClientIsBelievedAndSignsInSecurely() throws Exception {
        try (RunningBlog blog = start(List.of("127.0.0.1"))) {
            blog.createPost("Proxied", "Ada", "Served through a proxy.");
            assertEquals(200, blog.postForm("/account/password", Map.of("password", PASSWORD, "repeat", PASSWORD))
                    .statusCode());
            RawHttp.Response home = viaProxy(blog, "GET", "/", "", null);
            assertEquals(200, home.status(), home.text());
            assertTrue(home.body().contains("https://blog.example.org/"), "links use the public scheme and host");
            assertFalse(home.body().contains(">Write<"));

            String link = blog.blog.signInLink("/");
            RawHttp.Response launcherLink = viaProxy(blog, "GET", link.substring(link.indexOf("/signin")), "", null);
            assertEquals(403, launcherLink.status(), "the launcher's link does not count through a proxy");

            RawHttp.Response page = viaProxy(blog, "GET", "/signin", "", null);
            String csrf = cookie(page.text(), "inkwell_csrf");
            String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&next=%2F&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            RawHttp.Response signedIn = viaProxy(blog, "POST", "/signin", "Cookie: inkwell_csrf=" + csrf
                    + "\r\nOrigin: https://blog.example.org\r\nSec-Fetch-Site: same-origin\r\n", form);
            assertEquals(303, signedIn.status(), signedIn.text());
            String setCookie = signedIn.text().lines().filter(line -> line.startsWith("Set-Cookie: inkwell_owner="))
                    .findFirst().orElseThrow();
            assertTrue(setCookie.contains("Secure"), setCookie);
            String owner = setCookie.substring("Set-Cookie: ".length(), setCookie.indexOf(';'));
            RawHttp.Response drafts = viaProxy(blog, "GET", "/drafts", "Cookie: " + owner + "\r\n", null);
            assertEquals(200, drafts.status());
            assertTrue(blog.get("/account").body().contains("203.0.113.7"), "the reader's own address is listed");
        }
    }

    @Test
    void fromAnyoneElseTheForwardedHeadersAreIgnored() throws Exception {
        try (RunningBlog blog = start(List.of())) {
            RawHttp.Response home = viaProxy(blog, "GET", "/", "", null);
            assertEquals(200, home.status(), "the host is allowed by --allowed-hosts");
            assertFalse(home.body().contains("https://blog.example.org/"), "no client can claim HTTPS");
            String link = blog.blog.signInLink("/");
            RawHttp.Response launcherLink = viaProxy(blog, "GET", link.substring(link.indexOf("/signin")), "", null);
            assertEquals(303, launcherLink.status(), "from this computer, not a proxy: the link works");
            assertEquals(421, RawHttp.send(blog.uri("/"), "GET / HTTP/1.1\r\nHost: other.example.org\r\n"
                    + "Connection: close\r\n\r\n").status(), "a name nobody vouched for");
        }
    }

    private static String cookie(String response, String name) {
        return response.lines().filter(line -> line.startsWith("Set-Cookie: " + name + "="))
                .map(line -> line.substring(("Set-Cookie: " + name + "=").length(), line.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response));
    }
}
