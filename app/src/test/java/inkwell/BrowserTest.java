package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's whole round trip in a real headless Chromium (Debian's chromium + chromedriver, no download):
 * write a post through the form, read it, edit it, delete it through the dialog. Screenshots of each page go
 * to target/screenshots for the README. Skipped where Chromium is not installed, unless CI is true: then it fails.
 */
class BrowserTest {
    // Debian's paths; elsewhere (GitHub's Ubuntu image carries Google Chrome) the environment names them.
    private static final Path CHROMEDRIVER = Path.of(envOr("INKWELL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(envOr("INKWELL_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dataDir;
    RunningBlog blog;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        NeededOnCi.require(installed, "Debian's chromium and chromium-driver are not installed at " + CHROMIUM
                + " and " + CHROMEDRIVER + " (.ci/run installs them)");
        blog = RunningBlog.start(dataDir);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-quic", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (blog != null) {
            blog.close();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void writeReadEditAndDeleteAPostThroughTheForms() throws Exception {
        driver.get(blog.uri("/").toString());
        assertTrue(driver.getPageSource().contains("Write your first post"));
        screenshot("home-empty");

        driver.findElement(By.linkText("Write your first post")).click();
        wait.until(ExpectedConditions.urlContains("/new"));
        type("title", "Binary search, carefully");
        type("name", "Ada Lovelace");
        type("content", "## Why\n\nOff-by-one errors hide in **every** loop.\n\n```java\n"
                + "int mid = low + (high - low) / 2;\n```\n\n| n | steps |\n|---|---|\n| 1,024 | 10 |\n\n"
                + "- [x] tested\n");
        screenshot("form");
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches("/posts/\\d+/binary-search-carefully$"));
        assertEquals("Binary search, carefully", driver.findElement(By.tagName("h1")).getText());
        assertEquals("why", driver.findElement(By.cssSelector(".post-body h2")).getAttribute("id"));
        assertTrue(driver.findElement(By.cssSelector(".post-body h2")).getText().startsWith("Why"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".post-body pre code.hljs")));
        assertFalse(driver.findElements(By.cssSelector(".post-body code .hljs-type, .post-body code .hljs-keyword"))
                .isEmpty(), "the bundled highlighter ran under the CSP");
        assertTrue(driver.findElement(By.cssSelector(".views")).getText().matches("1 view"));
        screenshot("post");
        setDarkMode(true);
        screenshot("post-dark");
        setDarkMode(false);

        driver.findElement(By.linkText("Edit")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        assertEquals("Ada Lovelace", driver.findElement(By.id("name")).getAttribute("value"));
        type("title", "Binary search, even more carefully");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/posts/\\d+/binary-search-even-more-carefully$"));
        assertEquals("Binary search, even more carefully", driver.findElement(By.tagName("h1")).getText());

        driver.get(blog.uri("/new").toString());
        assertEquals("Ada Lovelace", driver.findElement(By.id("name")).getAttribute("value"),
                "the author name is pre-filled with the last one used");
        driver.get(blog.uri("/").toString());
        screenshot("home");
        setDarkMode(true);
        screenshot("home-dark");
        setDarkMode(false);
        driver.manage().window().setSize(new Dimension(360, 780));
        screenshot("home-360px");
        driver.manage().window().setSize(new Dimension(1280, 900));

        driver.findElement(By.linkText("Binary search, even more carefully")).click();
        driver.findElement(By.linkText("Delete")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-dialog")));
        screenshot("delete-dialog");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/posts$"));
        assertFalse(driver.getPageSource().contains("Binary search, even more carefully"));
    }

    @Test
    void aFormWithErrorsKeepsWhatWasTyped() throws Exception {
        driver.get(blog.uri("/new").toString());
        type("title", "T".repeat(160));
        type("name", "Grace");
        type("content", "A paragraph I do not want to lose.");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertTrue(error.getText().contains("150"));
        assertEquals("A paragraph I do not want to lose.", driver.findElement(By.id("content")).getAttribute("value"));
        screenshot("form-error");
    }

    private void setDarkMode(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }
}
