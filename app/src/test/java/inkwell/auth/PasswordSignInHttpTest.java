package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.RunningBlog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner password on a real server: set by the owner, it signs another browser in; a wrong one is refused
 * beside the field, and guessing is cut off (well before the 20th wrong attempt in a minute); the session list
 * names every browser and ends any of them; a new password ends the other sessions; sign out everywhere.
 */
class PasswordSignInHttpTest {
    private static final String PASSWORD = "correct horse battery";
    @TempDir
    Path dataDir;

    @Test
    void aPasswordSetByTheOwnerSignsInAnotherBrowserWhichCanThenBeSignedOut() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            BlogClient phone = blog.visitor();
            assertFalse(phone.get("/signin").body().contains("type=\"password\""), "no password form before one is set");
            setPassword(blog, Map.of("password", PASSWORD, "repeat", PASSWORD));
            HttpResponse<String> signedIn = signIn(phone, PASSWORD, "/drafts");
            assertEquals(303, signedIn.statusCode(), signedIn.body());
            assertEquals("/drafts", signedIn.headers().firstValue("Location").orElseThrow());
            assertEquals(200, phone.get("/drafts").statusCode());

            Document account = Jsoup.parse(blog.get("/account").body());
            assertEquals(2, account.select("table.sessions tbody tr").size(), account.text());
            assertTrue(account.text().contains("Password sign-in"));
            assertTrue(account.text().contains("(this browser)"));
            String phoneRow = account.select("table.sessions tbody tr").stream()
                    .filter(row -> row.text().contains("Password sign-in")).findFirst().orElseThrow()
                    .select("form").attr("action");
            assertEquals(303, blog.postForm(phoneRow, Map.of()).statusCode());
            assertEquals(303, phone.get("/drafts").statusCode(), "the phone's session was ended");
            assertEquals(200, blog.get("/drafts").statusCode(), "the owner's own session goes on");
        }
    }

    @Test
    void wrongPasswordsAreRefusedBesideTheFieldAndGuessingIsCutOff() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            setPassword(blog, Map.of("password", PASSWORD, "repeat", PASSWORD));
            BlogClient guesser = blog.visitor();
            int firstRefusedAt = 0;
            for (int attempt = 1; attempt <= 20 && firstRefusedAt == 0; attempt++) {
                HttpResponse<String> answer = signIn(guesser, "guess number " + attempt, "/");
                if (answer.statusCode() == 429) {
                    firstRefusedAt = attempt;
                    assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                    assertTrue(answer.body().contains("Too many wrong passwords"));
                } else {
                    assertEquals(403, answer.statusCode());
                    assertTrue(answer.body().contains("That is not the owner password."));
                    assertFalse(answer.body().contains("guess number"), "a password is never shown back");
                }
            }
            assertTrue(firstRefusedAt > 1 && firstRefusedAt < 20, "refused from attempt " + firstRefusedAt);
            assertEquals(429, signIn(guesser, PASSWORD, "/").statusCode(), "even the right one waits");
            assertEquals(303, guesser.get("/drafts").statusCode());
        }
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsAndSignOutEverywhereEndsAll() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            setPassword(blog, Map.of("password", PASSWORD, "repeat", PASSWORD));
            BlogClient laptop = blog.visitor();
            assertEquals(303, signIn(laptop, PASSWORD, "/").statusCode());
            HttpResponse<String> wrongCurrent = blog.postForm("/account/password", Map.of("current", "not it at all",
                    "password", "another good password", "repeat", "another good password"));
            assertEquals(403, wrongCurrent.statusCode());
            assertTrue(wrongCurrent.body().contains("That is not the current password."));
            HttpResponse<String> tooShort = blog.postForm("/account/password", Map.of("current", PASSWORD,
                    "password", "short", "repeat", "short"));
            assertEquals(422, tooShort.statusCode());
            assertTrue(tooShort.body().contains("at least 10 characters"));
            assertEquals(200, laptop.get("/drafts").statusCode(), "refused changes end nothing");
            setPassword(blog, Map.of("current", PASSWORD, "password", "another good password",
                    "repeat", "another good password"));
            assertEquals(303, laptop.get("/drafts").statusCode(), "a new password ends the other sessions");
            assertEquals(200, blog.get("/drafts").statusCode());
            assertEquals(403, signIn(blog.visitor(), PASSWORD, "/").statusCode(), "the old password is gone");
            BlogClient tablet = blog.visitor();
            assertEquals(303, signIn(tablet, "another good password", "/").statusCode());
            assertEquals(303, blog.postForm("/account/sessions/end-all", Map.of()).statusCode());
            assertEquals(303, tablet.get("/drafts").statusCode());
            assertEquals(303, blog.get("/drafts").statusCode(), "this browser too");
        }
    }

    @Test
    void aSignInLinkCannotLeadOffTheBlog() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            setPassword(blog, Map.of("password", PASSWORD, "repeat", PASSWORD));
            for (String next : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example",
                    "javascript:alert(1)"}) {
                HttpResponse<String> answer = signIn(blog.visitor(), PASSWORD, next);
                assertEquals("/", answer.headers().firstValue("Location").orElseThrow(), next);
            }
        }
    }

    private static void setPassword(RunningBlog blog, Map<String, String> fields) throws Exception {
        HttpResponse<String> set = blog.postForm("/account/password", fields);
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("Every other signed-in browser was signed out."));
    }

    private static HttpResponse<String> signIn(BlogClient browser, String password, String next) throws Exception {
        String token = browser.csrfTokenFrom("/signin");
        return browser.postRaw("/signin", Map.of("_csrf", token, "password", password, "next", next));
    }
}
