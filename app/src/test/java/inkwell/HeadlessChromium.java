package inkwell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromedriver (no driver download at test time), headless, 1280x900.
 * Missing, it skips the test on a developer's machine; on CI (CI=true) the test goes on and fails.
 */
final class HeadlessChromium {
    // Debian's paths; elsewhere (GitHub's Ubuntu image carries Google Chrome) the environment names them.
    private static final Path CHROMEDRIVER = Path.of(envOr("INKWELL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(envOr("INKWELL_CHROMIUM", "/usr/bin/chromium"));

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        NeededOnCi.require(installed, "Debian's chromium and chromium-driver are not installed at " + CHROMIUM
                + " and " + CHROMEDRIVER + " (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-quic", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
