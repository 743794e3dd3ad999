package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Images in a real headless Chromium: chosen through the file input (chromedriver sets it with CDP's
 * DOM.setFileInputFiles) or pasted from a real PNG's bytes, uploaded by the editor's script, inserted as Markdown
 * with the alt text asked for, and shown on the saved post. The Media page is checked with axe-core.
 */
class MediaBrowserTest extends ChromiumWithBlog {
    private static final String PASTE = """
            var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
            var transfer = new DataTransfer();
            transfer.items.add(new File([bytes], 'clipboard.png', {type: 'image/png'}));
            var text = document.getElementById('content');
            text.focus();
            text.dispatchEvent(new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, cancelable: true}));
            """;

    private Path image(String name, int width, int height) throws Exception {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                picture.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        Path file = dataDir.resolve(name);
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    private void answerAltText(String alt) {
        Alert prompt = wait.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys(alt);
        prompt.accept();
    }

    private String content() {
        return driver.findElement(By.id("content")).getAttribute("value");
    }

    @Test
    void anImageChosenOrPastedIsUploadedInsertedAndShownOnThePost() throws Exception {
        driver.get(blog.uri("/new").toString());
        driver.findElement(By.id("title")).sendKeys("A post with pictures");
        driver.findElement(By.id("name")).sendKeys("Ada");
        WebElement text = driver.findElement(By.id("content"));
        text.sendKeys("Before.\n\n");
        WebElement chooser = driver.findElement(By.id("media-file"));
        assertTrue(chooser.isDisplayed(), "the script shows the insert block");
        chooser.sendKeys(image("chart.png", 640, 360).toAbsolutePath().toString());
        answerAltText("A gradient chart");
        wait.until(driver -> content().contains("![A gradient chart](/media/"));
        assertTrue(content().matches("(?s)Before\\.\\n\\n!\\[A gradient chart]\\(/media/[0-9a-f]{64}\\.png\\)"),
                content());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("media-status"), "inserted"));

        String png = Base64.getEncoder().encodeToString(Files.readAllBytes(image("pasted.png", 200, 100)));
        text.sendKeys("\n\n");
        driver.executeScript(PASTE, png);
        answerAltText("A [pasted] one");
        wait.until(driver -> content().contains("![A \\[pasted\\] one](/media/"));
        // Both show in the live preview, loaded from the server, as the post will show them.
        wait.until(driver -> driver.findElements(By.cssSelector("#preview .post-body img[src^='/media/']")).size() == 2);
        for (WebElement shown : driver.findElements(By.cssSelector("#preview .post-body img"))) {
            wait.until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].loading = 'eager'; return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                    shown)).intValue() > 0);
        }
        assertEquals("A [pasted] one", driver.findElements(By.cssSelector("#preview .post-body img")).get(1)
                .getAttribute("alt"));
        screenshot("form-image");

        driver.findElement(By.cssSelector("button[type=submit][value=published]")).click();
        wait.until(ExpectedConditions.urlMatches("/posts/\\d+/a-post-with-pictures$"));
        List<WebElement> images = driver.findElements(By.cssSelector(".post-body img"));
        assertEquals(2, images.size());
        assertEquals("A gradient chart", images.get(0).getAttribute("alt"));
        assertEquals("A [pasted] one", images.get(1).getAttribute("alt"));
        for (WebElement image : images) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].loading = 'eager';", image);
            wait.until(driver -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image)).intValue() > 0);
        }
        assertEquals("640", images.get(0).getDomAttribute("width"), "the stored size is in the page");
    }

    @Test
    void aRefusedFileSaysWhyInTheStatusLine() throws Exception {
        driver.get(blog.uri("/new").toString());
        Path fake = dataDir.resolve("page.png");
        Files.writeString(fake, "<html><body>not an image</body></html>");
        driver.findElement(By.id("media-file")).sendKeys(fake.toAbsolutePath().toString());
        answerAltText("whatever");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("media-status"), "not a PNG, JPEG"));
        assertEquals("", content());
    }

    @Test
    void theMediaPageHasNoAxeViolationsInLightAndDark() throws Exception {
        Axe axe = Axe.load(AXE_CORE);
        driver.get(blog.uri("/media").toString());
        List<String> violations = new java.util.ArrayList<>(axe.inLightAndDark(driver, "media, empty"));
        driver.findElement(By.id("media-file")).sendKeys(image("wide.png", 2400, 900).toAbsolutePath().toString());
        driver.findElement(By.cssSelector(".media-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("added="));
        String used = driver.findElement(By.cssSelector(".media-item img")).getAttribute("src");
        blog.createPost("Charts of the week", "Ada", "![Wide chart](" + used.replaceFirst("^https?://[^/]+", "")
                + ")");
        driver.findElement(By.id("media-file")).sendKeys(image("small.png", 300, 300).toAbsolutePath().toString());
        driver.findElement(By.cssSelector(".media-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Used by no post"));
        assertTrue(driver.getPageSource().contains("Charts of the week"));
        violations.addAll(axe.inLightAndDark(driver, "media"));
        screenshot("media");
        driver.get(blog.uri("/new").toString());
        violations.addAll(axe.inLightAndDark(driver, "write form with the image block"));
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
