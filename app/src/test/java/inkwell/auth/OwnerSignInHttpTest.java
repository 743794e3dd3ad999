package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.RunningBlog;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's sign-in on a real server: its link signs a browser in and leads to a clean address, a wrong link
 * and the link of a previous run sign nobody in, a session planted before sign-in is replaced, the owner still
 * needs the CSRF token, a visitor on this very computer gets the reader's blog only, and signing out ends it.
 */
class OwnerSignInHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void theLaunchersLinkSignsInAndRedirectsToAnAddressWithoutTheToken() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            BlogClient browser = blog.visitor();
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(blog.blog.signInLink("/new"))));
            assertEquals(303, signIn.statusCode());
            assertEquals("/new", signIn.headers().firstValue("Location").orElseThrow());
            String cookie = ownerCookie(signIn);
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
                    cookie);
            HttpResponse<String> write = browser.get("/new");
            assertEquals(200, write.statusCode());
            assertTrue(write.body().contains("name=\"content\""), "the owner gets the write form");
        }
    }

    @Test
    void aWrongTokenAndATokenFromAPreviousRunAreRefused() throws Exception {
        String oldLink;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            oldLink = blog.blog.signInLink("/");
            String wrong = oldLink.replaceAll("token=[^&]+", "token=" + "A".repeat(43));
            HttpResponse<String> refused = blog.visitor().send(HttpRequest.newBuilder(URI.create(wrong)));
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("This sign-in link is not valid"));
            assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("inkwell_owner=")));
        }
        try (RunningBlog again = RunningBlog.start(dataDir)) {
            String previous = again.blog.url() + oldLink.substring(oldLink.indexOf("signin"));
            BlogClient browser = again.visitor();
            assertEquals(403, browser.send(HttpRequest.newBuilder(URI.create(previous))).statusCode());
            assertEquals(303, browser.get("/new").statusCode(), "still a visitor: sent to sign in");
        }
    }

    @Test
    void aSessionPlantedBeforeSignInIsReplaced() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String planted = "planted-by-someone-else-0123456789abcdef";
            HttpResponse<String> signIn = blog.visitor().send(HttpRequest.newBuilder(
                    URI.create(blog.blog.signInLink("/"))).header("Cookie", "inkwell_owner=" + planted));
            String issued = ownerCookie(signIn);
            assertFalse(issued.contains(planted), issued);
            // The planted value is worth nothing afterwards either.
            HttpResponse<String> withPlanted = blog.visitor().send(HttpRequest.newBuilder(blog.uri("/drafts"))
                    .header("Cookie", "inkwell_owner=" + planted));
            assertEquals(303, withPlanted.statusCode());
            // A second sign-in of the same browser ends its first session and starts another.
            String first = value(issued);
            HttpResponse<String> again = blog.visitor().send(HttpRequest.newBuilder(
                    URI.create(blog.blog.signInLink("/"))).header("Cookie", "inkwell_owner=" + first));
            assertNotEquals(first, value(ownerCookie(again)));
            assertEquals(303, blog.visitor().send(HttpRequest.newBuilder(blog.uri("/drafts"))
                    .header("Cookie", "inkwell_owner=" + first)).statusCode(), "the first session ended");
        }
    }

    @Test
    void theOwnerStillNeedsTheCsrfTokenAndKeepsTheText() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            HttpResponse<String> noToken = blog.postRaw("/posts", Map.of("title", "Forged", "name", "Ada",
                    "content", "Words the owner typed"));
            assertEquals(403, noToken.statusCode());
            assertTrue(noToken.body().contains("Words the owner typed"));
            assertEquals(403, blog.postRaw("/stop", Map.of()).statusCode());
        }
    }

    @Test
    void aVisitorOnThisComputerGetsTheReadersBlogOnly() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String post = blog.createPost("Public words", "Ada", "Body of a public post.");
            HttpResponse<String> draft = blog.postForm("/posts", Map.of("title", "Secret draft", "name", "Ada",
                    "content", "Not yet.", "status", "draft"));
            String draftPath = draft.headers().firstValue("Location").orElseThrow();
            BlogClient visitor = blog.visitor();
            ReaderView.showsNoControls(visitor, List.of("/", "/posts", post, "/tags", "/search?q=public",
                    "/feed.xml", "/signin"));
            inkwell.Eventually.await(java.time.Duration.ofSeconds(20),
                    () -> visitor.get("/search?q=public").body().contains("Public words"), "search for a visitor");
            assertEquals(404, visitor.get(draftPath).statusCode(), "a draft is not there for a visitor");
            assertEquals(404, visitor.get(draftPath.substring(0, draftPath.lastIndexOf('/'))).statusCode());
            assertEquals(200, blog.get(draftPath).statusCode(), "the owner sees the draft");
            ReaderView.sendsToSignIn(visitor, ReaderView.ownerPages(post));
            ReaderView.refusesWrites(visitor, ReaderView.writes(post));
            assertTrue(blog.get(post).body().contains("Public words"), "nothing changed");
            assertFalse(blog.get("/").body().contains("Defaced"));
        }
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            assertEquals(200, blog.get("/drafts").statusCode());
            HttpResponse<String> out = blog.postForm("/signout", Map.of());
            assertEquals(303, out.statusCode());
            assertTrue(ownerCookie(out).startsWith("inkwell_owner=;"), "the cookie is emptied");
            assertEquals(303, blog.get("/drafts").statusCode());
        }
    }

    @Test
    void sessionsOutliveARestartSoATextBeingWrittenStillSaves() throws Exception {
        BlogClient browser;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            browser = new BlogClient(blog.blog.url()).signIn(blog.blog.signInLink("/"));
            assertEquals(200, browser.get("/new").statusCode());
        }
        Settings settings = Settings.headless(dataDir);
        try (RunningBlog again = RunningBlog.start(settings, AppControl.of(() -> { }))) {
            BlogClient same = new BlogClient(again.blog.url());
            // The cookie jar of the first browser, moved to the new port (a restart may take another one).
            String cookie = browser.cookieHeader();
            HttpResponse<String> drafts = same.send(HttpRequest.newBuilder(again.uri("/drafts")).header("Cookie", cookie));
            assertEquals(200, drafts.statusCode());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(dataDir.resolve(OwnerSessions.FILE))));
        }
    }

    private static String ownerCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("inkwell_owner="))
                .findFirst().orElseThrow(() -> new AssertionError("no owner cookie in " + response.headers()));
    }

    private static String value(String setCookie) {
        return setCookie.substring("inkwell_owner=".length(), setCookie.indexOf(';'));
    }
}
