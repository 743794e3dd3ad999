package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.desktop.SingleInstance;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Autosave in a real headless Chromium: text typed in a tab closed mid-typing, typed while Inkwell could not be
 * reached, or typed just before Inkwell itself was killed with kill -9 is offered when the editor is reopened, and
 * restored. A new post's autosave makes one draft and the page moves to it. The history and compare pages pass
 * axe-core in light and dark.
 */
class AutosaveBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE_CORE = Path.of(HeadlessChromium.envOr("INKWELL_AXE_CORE",
            System.getProperty("inkwell.axe", "../.cache/axe-core/node_modules/axe-core/axe.min.js")));
    private static final String TYPED = " Typed in the editor, never saved by hand.";

    @TempDir
    Path dataDir;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String status() {
        return driver.findElement(By.id("autosave-status")).getText();
    }

    private void awaitSaved() {
        wait.withMessage(() -> "the status to say saved, it says: " + status())
                .until(browser -> status().startsWith("Saved"));
    }

    private static String editPath(String postPath) {
        return postPath.replaceFirst("^(/posts/\\d+)/.*", "$1/edit");
    }

    /** Clicks Restore on whichever offer the page makes (the server's, or this browser's own copy). */
    private void restoreOffered() {
        WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".unsaved-offer")));
        offer.findElement(By.cssSelector("button.primary")).click();
    }

    private String content() {
        return driver.findElement(By.id("content")).getAttribute("value");
    }

    @Test
    void textTypedInATabClosedMidTypingIsOfferedWhenTheEditorIsReopened() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            driver.get(blog.blog.signInLink("/"));
            String edit = blog.uri(editPath(blog.createPost("Closed tab", "Ada", "Saved text."))).toString();
            driver.get(edit);
            String first = driver.getWindowHandle();
            driver.findElement(By.id("content")).sendKeys(TYPED);
            driver.switchTo().newWindow(WindowType.TAB);
            String second = driver.getWindowHandle();
            driver.switchTo().window(first).close(); // mid-typing: no pause, no save pressed
            driver.switchTo().window(second);
            driver.get(edit);
            restoreOffered();
            wait.until(browser -> content().equals("Saved text." + TYPED));
        }
    }

    @Test
    void textTypedWhileInkwellCannotBeReachedStaysInTheBrowserAndIsOffered() throws Exception {
        String edit;
        int port;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            edit = blog.uri(editPath(blog.createPost("Offline", "Ada", "Saved text."))).toString();
            port = URI.create(edit).getPort();
            driver.get(blog.blog.signInLink("/"));
            driver.get(edit);
        } // Inkwell stops: the page stays open, nothing answers it
        driver.findElement(By.id("content")).sendKeys(TYPED);
        assertEquals("Unsaved changes", status());
        driver.findElement(By.id("title")).click(); // the field loses focus: autosave tries at once
        wait.until(browser -> status().equals("Offline — not saved"));
        screenshot("form-offline");
        String offline = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String second = driver.getWindowHandle();
        driver.switchTo().window(offline).close(); // its last send on closing reaches nobody either
        driver.switchTo().window(second);
        // Inkwell again, on the same address (the browser keeps its copy per address) and the same data.
        Settings same = Settings.headless(dataDir);
        try (RunningBlog blog = RunningBlog.start(new Settings(port, true, same.bind(), dataDir,
                same.databaseUrl(), same.databaseUser(), same.databasePassword(), same.siteTitle(), false, false),
                AppControl.of(() -> { }))) {
            driver.get(edit);
            assertTrue(driver.findElements(By.cssSelector("[data-server-offer]")).isEmpty(),
                    "the server never got it");
            WebElement local = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("autosave-local")));
            assertTrue(local.getText().contains("never reached Inkwell"), local.getText());
            local.findElement(By.cssSelector("[data-local-restore]")).click();
            assertEquals("Saved text." + TYPED, content());
            awaitSaved(); // restored, it is sent at once
            driver.get(edit);
            assertTrue(driver.findElement(By.id("autosave-local")).getAttribute("hidden") != null,
                    "the browser's copy is forgotten once the server has it");
            assertTrue(driver.findElements(By.cssSelector("[data-server-offer]")).size() == 1);
        }
    }

    @Test
    void textTypedBeforeInkwellIsKilledIsOfferedAfterTheRestart() throws Exception {
        Process inkwell = InkwellChild.launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        String post;
        try {
            URI url = InkwellChild.readyUrl(inkwell);
            driver.get(SingleInstance.signInLink(dataDir).orElseThrow());
            post = BlogClient.ownerOf(dataDir).postForm("/posts", Map.of("title", "Killed", "name", "Ada",
                    "content", "Saved text.")).headers().firstValue("Location").orElseThrow();
            driver.get(url.resolve(editPath(post)).toString());
            driver.findElement(By.id("content")).sendKeys(TYPED);
            awaitSaved();
        } finally {
            inkwell.destroyForcibly(); // kill -9
            assertTrue(inkwell.waitFor(20, TimeUnit.SECONDS));
        }
        Process again = InkwellChild.launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        try {
            URI url = InkwellChild.readyUrl(again);
            driver.get(SingleInstance.signInLink(dataDir).orElseThrow());
            // Another port is another origin: this browser's own copy is not there, the server's must be.
            driver.get(url.resolve(editPath(post)).toString());
            assertEquals("Saved text.", content(), "the post itself still holds its saved text");
            WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-server-offer]")));
            screenshot("form-unsaved-offer");
            offer.findElement(By.cssSelector("button.primary")).click();
            wait.until(browser -> content().equals("Saved text." + TYPED));
            driver.findElement(By.cssSelector("button[value=published]")).click();
            wait.until(ExpectedConditions.urlMatches("/posts/\\d+/killed$"));
            assertTrue(driver.findElement(By.cssSelector(".post-body")).getText().contains(TYPED.strip()));
        } finally {
            again.destroy();
            again.waitFor(20, TimeUnit.SECONDS);
            again.destroyForcibly();
        }
    }

    @Test
    void aNewPostsAutosaveMakesOneDraftAndThePageMovesToIt() throws Exception {
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            driver.get(blog.blog.signInLink("/"));
            driver.get(blog.uri("/new").toString());
            driver.findElement(By.id("title")).sendKeys("Thoughts in progress");
            driver.findElement(By.id("name")).sendKeys("Ada");
            driver.findElement(By.id("content")).sendKeys("First words.");
            awaitSaved();
            wait.until(ExpectedConditions.urlMatches("/posts/\\d+/edit$"));
            driver.findElement(By.id("content")).sendKeys(" More words.");
            awaitSaved();
            assertEquals(Boolean.TRUE, driver.executeAsyncScript(
                    "window.inkwellAutosave.flush().then(arguments[arguments.length - 1]);"), "the hook for Ctrl+S");
            driver.findElement(By.cssSelector("button[value=draft]")).click();
            wait.until(ExpectedConditions.urlMatches("/posts/\\d+/thoughts-in-progress$"));
            driver.get(blog.uri("/drafts").toString());
            assertEquals(1, driver.findElements(By.linkText("Thoughts in progress")).size(), "one post, not two");
        }
    }

    @Test
    void theHistoryAndComparePagesHaveNoAxeViolationsInLightAndDark() throws Exception {
        Axe axe = Axe.load(AXE_CORE);
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            driver.get(blog.blog.signInLink("/"));
            String post = blog.createPost("Caching without stampedes", "Ada Lovelace", "When a hot key expires, "
                    + "every request misses at once and the database takes the whole load.");
            String edit = editPath(post);
            blog.postForm(edit, Map.of("title", "Caching without stampedes", "name", "Ada Lovelace", "content",
                    "When a hot key expires, every request misses at once and the database takes the load.\n\n"
                            + "Cache the computation itself, so one caller computes and the others wait.",
                    "tags", "Caching", "status", "published"));
            driver.get(blog.uri(edit).toString());
            driver.findElement(By.id("content")).sendKeys("\n\nUse `computeIfAbsent` <em>wisely</em>.");
            awaitSaved();
            screenshot("form-autosaved");
            List<String> violations = new ArrayList<>();
            violations.addAll(axe.inLightAndDark(driver, "edit form, autosaved"));
            driver.get(blog.uri(edit).toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-server-offer]")));
            violations.addAll(axe.inLightAndDark(driver, "edit form offering unsaved text"));

            driver.get(blog.uri(edit.replace("/edit", "/revisions")).toString());
            assertEquals(3, driver.findElements(By.cssSelector("table.revisions tbody tr")).size());
            screenshot("revisions");
            violations.addAll(axe.inLightAndDark(driver, "revisions"));
            driver.findElement(By.cssSelector(".compare-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diff-text ins")));
            assertTrue(driver.findElement(By.cssSelector(".diff-text ins")).getText().contains("<em>wisely</em>"),
                    "the diff shows the text, escaped");
            screenshot("revisions-compare");
            violations.addAll(axe.inLightAndDark(driver, "compare"));
            PageProbes.setDarkMode(driver, true);
            screenshot("revisions-compare-dark");
            PageProbes.setDarkMode(driver, false);
            assertTrue(violations.isEmpty(), violations.size() + " axe-core violation(s):\n"
                    + String.join("\n", violations));
        }
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
