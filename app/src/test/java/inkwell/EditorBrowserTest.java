package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The editor in a real headless Chromium: the preview follows the typing (with its table of contents and
 * highlighted code), the counts under the text, and the keys (Tab indents, Escape leaves, Ctrl+S saves as a
 * draft, Ctrl+Enter publishes); axe-core finds nothing on the editor with a preview in light and dark, nor on a
 * phone's width with the preview below.
 */
class EditorBrowserTest extends ChromiumWithBlog {
    private static final String TEXT = "Intro with `code`.\n\n## Title\n\nA heading named like a field.\n\n"
            + "## Caching\n\n```java\nvar cache = new ConcurrentHashMap<String, Integer>();\n```\n\n## Results\n\n"
            + "| n | ms |\n|---|---:|\n| 1 | 2 |\n";

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String activeId() {
        return (String) driver.executeScript("return document.activeElement.id;");
    }

    @Test
    void typingShowsThePreviewWithItsContentsAndCountsAndAxeFindsNothing() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(blog.uri("/new").toString());
        type("title", "T".repeat(160));
        assertEquals(150, driver.findElement(By.id("title")).getAttribute("value").length(), "the title's maxlength");
        type("title", "Caching, measured");
        type("name", "Ada Lovelace");
        type("content", TEXT);
        WebElement pane = driver.findElement(By.id("preview"));
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(pane, By.cssSelector(".post-body pre code.hljs")));
        assertEquals(List.of("Title", "Caching", "Results"), pane.findElements(By.cssSelector("nav.toc a")).stream()
                .map(WebElement::getText).toList());
        assertEquals("#preview-title", pane.findElement(By.cssSelector("nav.toc a")).getAttribute("href")
                .replaceFirst("^[^#]*", ""));
        assertEquals(1, driver.findElements(By.cssSelector("[id='title']")).size(), "the title field keeps its id");
        assertTrue(pane.findElement(By.cssSelector(".post-body table")).isDisplayed());
        assertTrue(!driver.findElement(By.id("preview-toggle")).isDisplayed(), "side by side: nothing to hide");
        screenshot("editor-preview");
        String counts = driver.findElement(By.id("content-count")).getText();
        assertTrue(counts.matches("\\d+ words · [\\d,]+ characters left"), counts);

        // An edit shows in the preview, and the pane stays where it was scrolled.
        driver.executeScript("var area = document.getElementById('content'); area.value += '\\n\\n'"
                + " + 'A paragraph to scroll past.\\n\\n'.repeat(40);");
        driver.findElement(By.id("content")).sendKeys("End.");
        wait.until(ExpectedConditions.textToBePresentInElement(pane, "End."));
        driver.executeScript("arguments[0].scrollTop = 40;", pane);
        assertEquals(40L, ((Number) driver.executeScript("return arguments[0].scrollTop;", pane)).longValue(),
                "the preview scrolls");
        driver.findElement(By.id("content")).sendKeys("\n\nAdded **later**.");
        wait.until(ExpectedConditions.textToBePresentInElement(pane, "Added later."));
        assertEquals(40L, ((Number) driver.executeScript("return arguments[0].scrollTop;", pane)).longValue(),
                "the preview kept its scroll position");

        List<String> violations = new ArrayList<>(Axe.load(AXE_CORE).inLightAndDark(driver,
                "editor with a preview"));
        driver.manage().window().setSize(new Dimension(390, 844));
        WebElement toggle = driver.findElement(By.id("preview-toggle"));
        assertTrue(toggle.isDisplayed(), "a phone gets the button that hides the preview");
        violations.addAll(Axe.load(AXE_CORE).inLightAndDark(driver, "editor at 390 px"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
        toggle.click();
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(!pane.isDisplayed(), "hidden");
        toggle.click();
        assertTrue(pane.isDisplayed(), "shown again");
        assertTrue(violations.isEmpty(), violations.size() + " axe-core violation(s):\n" + String.join("\n", violations));
    }

    @Test
    void tabIndentsEscapeLeavesCtrlSSavesADraftAndCtrlEnterPublishes() throws Exception {
        driver.get(blog.uri("/new").toString());
        type("title", "Keys only");
        type("name", "Ada Lovelace");
        WebElement content = driver.findElement(By.id("content"));
        content.click();
        content.sendKeys("line", Keys.ENTER, Keys.TAB, "indented");
        assertEquals("line\n    indented", content.getAttribute("value"), "Tab indents");
        assertEquals("content", activeId());
        content.sendKeys(Keys.ESCAPE);
        assertEquals("media-file", activeId(), "Escape leaves the text box for the next field (inserting an image)");

        content.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-banner")));
        assertTrue(driver.findElement(By.cssSelector(".draft-banner")).getText().startsWith("Draft"),
                "Ctrl+S on a new post saves a draft");

        driver.findElement(By.linkText("Edit")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        driver.findElement(By.id("content")).sendKeys(" More.", Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.urlMatches("/posts/\\d+/keys-only$"));
        assertTrue(driver.findElements(By.cssSelector(".draft-banner")).isEmpty(), "Ctrl+Enter published it");
        assertTrue(driver.findElement(By.cssSelector(".post-body")).getText().contains("indented More."));
    }
}
