package inkwell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * For real-browser tests: a headless Chromium and a new blog in a temporary folder for each test, both ended
 * after it, and screenshots written to target/screenshots for the README.
 */
abstract class ChromiumWithBlog {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    // axe-core from npm, installed by .ci/run; the pom names where, the environment may say otherwise.
    static final Path AXE_CORE = Path.of(HeadlessChromium.envOr("INKWELL_AXE_CORE",
            System.getProperty("inkwell.axe", "../.cache/axe-core/node_modules/axe-core/axe.min.js")));

    @TempDir
    Path dataDir;
    RunningBlog blog;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        driver = HeadlessChromium.start();
        blog = RunningBlog.start(dataDir);
        driver.get(blog.blog.signInLink("/")); // as the browser Inkwell opens: signed in as the owner
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

    void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
