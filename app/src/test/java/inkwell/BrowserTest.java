package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's whole round trip in a real headless Chromium (Debian's chromium + chromedriver, no download):
 * write a post through the form, read it, edit it, delete it through the dialog. Screenshots of each page go
 * to target/screenshots for the README. Every page type is checked with axe-core in light and dark mode.
 * Skipped only where Chromium (or, for the axe check, axe-core) is not installed and CI is not set.
 */
class BrowserTest extends ChromiumWithBlog {
    /** Every construct that needs care: code in several languages, a wide table, a checked and an unchecked
     *  task, and a paragraph long enough to count the characters of a line. */
    private static final String RICH_POST = PageProbes.resource("rich-post.md");

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
    void everyPageTypeHasNoAxeViolationsInLightAndDark() throws Exception {
        Axe axe = Axe.load(AXE_CORE);
        List<String> violations = new ArrayList<>();
        audit(axe, "home, empty", "/", violations);
        String post = blog.createPost("Tables, tasks and code", "Ada Lovelace", RICH_POST);
        audit(axe, "home", "/", violations);
        audit(axe, "list", "/posts", violations);
        audit(axe, "post", post, violations);
        driver.manage().window().setSize(new Dimension(390, 844));
        audit(axe, "post at 390 px", post, violations);
        driver.manage().window().setSize(new Dimension(1280, 900));
        audit(axe, "write form", "/new", violations);
        audit(axe, "delete confirmation", post.replaceFirst("^(/posts/\\d+)/.*", "$1/delete"), violations);
        audit(axe, "stop confirmation", "/stop", violations);
        audit(axe, "import", "/import", violations);
        audit(axe, "error page (404)", "/posts/999999", violations);
        driver.get(blog.uri("/new").toString());
        // The field's maxlength stops a browser at 150; the server's own check is what this page is about.
        driver.executeScript("document.getElementById('title').removeAttribute('maxlength');");
        type("title", "T".repeat(160));
        type("name", "Grace");
        type("content", "Kept.");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        auditShownPage(axe, "form with errors (422)", violations);
        audit(axe, "drafts, none", "/drafts", violations);
        blog.postForm("/posts", Map.of("title", "Half-written thoughts on caching", "name", "Ada Lovelace",
                "content", "Not yet.", "status", "draft"));
        blog.postForm("/posts", Map.of("title", "Scheduled: the year in review", "name", "Ada Lovelace",
                "content", "Soon.", "status", "scheduled", "publish_at", java.time.LocalDate.now().plusDays(30) + "T09:00"));
        driver.get(blog.uri("/new").toString());
        type("title", "Notes from the conference");
        type("name", "Ada Lovelace");
        type("content", "Talks worth watching, and why.");
        WebElement saveDraft = driver.findElement(By.cssSelector("button[value=draft]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", saveDraft);
        screenshot("form-status");
        saveDraft.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-banner")));
        audit(axe, "drafts", "/drafts", violations);
        screenshot("drafts");
        driver.get(blog.uri("/drafts").toString());
        driver.findElement(By.linkText("Half-written thoughts on caching")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-banner")));
        auditShownPage(axe, "a draft with its banner", violations);
        audit(axe, "settings", "/settings", violations);
        type("public_address", "ftp://example.org/");
        type("about", "I write about **engines**.");
        driver.findElement(By.cssSelector(".settings-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public_address-error")));
        auditShownPage(axe, "settings with errors (422)", violations);
        type("public_address", "https://example.org/notes/");
        driver.findElement(By.cssSelector(".settings-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")));
        auditShownPage(axe, "settings saved", violations);
        audit(axe, "about", "/about", violations);
        tagPagesAndTheTagsField(axe, violations);
        audit(axe, "sign-in and sessions", "/account", violations);
        screenshot("account");
        readerPages(axe, post, violations);
        assertTrue(violations.isEmpty(), violations.size() + " axe-core violation(s):\n" + String.join("\n", violations));
    }

    /**
     * The blog as a reader gets it (no cookies), and the sign-in page before and after a password is set, with a
     * wrong password's message beside the field.
     */
    private void readerPages(Axe axe, String post, List<String> violations) throws Exception {
        driver.manage().deleteAllCookies();
        audit(axe, "home, as a reader", "/", violations);
        audit(axe, "post, as a reader", post, violations);
        audit(axe, "sign-in, no password set", "/signin", violations);
        assertEquals(200, blog.postForm("/account/password", Map.of("password", "correct horse battery",
                "repeat", "correct horse battery")).statusCode());
        audit(axe, "sign-in", "/signin", violations);
        type("password", "not the password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        auditShownPage(axe, "sign-in, wrong password", violations);
        screenshot("signin");
    }

    /**
     * Search from the header box of any page, by keyboard: highlighted passages, then a search that finds
     * nothing and one that cannot be read; each page passes axe-core in light and dark.
     */
    @Test
    void searchFromTheHeaderBoxShowsHighlightedResults() throws Exception {
        Axe axe = Axe.load(AXE_CORE);
        List<String> violations = new ArrayList<>();
        blog.createPost("Caching without stampedes", "Ada Lovelace", "When a hot key expires, every request "
                + "misses at once and the database takes the whole load. Cache the computation itself with "
                + "`ConcurrentHashMap.computeIfAbsent`, so one caller computes and the others wait.\n\n"
                + "```java\nFuture<V> f = cache.computeIfAbsent(key, k -> executor.submit(loader));\n```\n");
        blog.createPost("Notes on queues", "Ada Lovelace", "A queue in front of the cache smooths bursts; "
                + "caches in front of queues hide them.");
        blog.createPost("Binary search, carefully", "Grace Hopper", "Off-by-one errors hide in every loop.");
        Eventually.await(Duration.ofSeconds(30), () -> blog.get("/search?q=caching").body().contains("<mark>"),
                "the index to be built");
        driver.get(blog.uri("/posts").toString());
        driver.findElement(By.id("header-search")).sendKeys("caching", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results mark")));
        assertEquals("Caching without stampedes",
                driver.findElement(By.cssSelector(".search-results .card-title")).getText(), "the title match first");
        screenshot("search");
        auditShownPage(axe, "search results", violations);
        audit(axe, "search, nothing found", "/search?q=zebrafish", violations);
        audit(axe, "search, a query it cannot read", "/search?q=*", violations);
        audit(axe, "search, empty", "/search", violations);
        audit(axe, "backups, none", "/backups", violations);
        String backup = blog.postForm("/backups", Map.of()).headers().firstValue("Location").orElseThrow()
                .replaceFirst(".*made=", "");
        audit(axe, "backups", "/backups?made=" + backup, violations);
        audit(axe, "restore confirmation", "/backups/" + backup + "/restore", violations);
        assertTrue(violations.isEmpty(), violations.size() + " axe-core violation(s):\n" + String.join("\n", violations));
    }

    /**
     * The owner's way to readers, by keyboard only: Settings (title, public address), then Publish (a folder),
     * Publish now, and the progress turning into the outcome without a reload. Both pages pass axe-core in
     * light and dark, also with the outcome shown.
     */
    @Test
    void settingsThenPublishByKeyboardWithLiveProgress() throws Exception {
        Axe axe = Axe.load(AXE_CORE);
        List<String> violations = new ArrayList<>();
        blog.createPost("Tables, tasks and code", "Ada Lovelace", RICH_POST);
        driver.get(blog.uri("/settings").toString());
        type("title", "Ada's notes");
        type("description", "Caches, queues and the bugs between them.");
        type("author", "Ada Lovelace");
        type("public_address", "https://ada.github.io/notes/");
        driver.findElement(By.id("public_address")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")));
        screenshot("settings");

        driver.get(blog.uri("/publish").toString());
        auditShownPage(axe, "publish, nothing yet", violations);
        Path site = dataDir.resolveSibling(dataDir.getFileName() + "-site");
        type("target", site.toString());
        driver.findElement(By.id("target")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Saved"));
        WebElement publish = driver.findElement(By.id("publish-now"));
        assertTrue(publish.isEnabled(), "a target and a public address: Publish now can be pressed");
        publish.sendKeys(Keys.ENTER);
        WebElement outcome = wait.withTimeout(Duration.ofSeconds(60)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#publish-progress .notice.success")));
        assertTrue(outcome.getText().contains("https://ada.github.io/notes/"), outcome.getText());
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "published into the folder");
        assertTrue(driver.findElement(By.id("publish-now")).isEnabled(), "enabled again once it ended");
        driver.manage().window().setSize(new Dimension(1280, 1500));
        driver.executeScript("window.scrollTo(0, 0);");
        screenshot("publish");
        driver.manage().window().setSize(new Dimension(1280, 900));
        auditShownPage(axe, "publish, after a publish", violations);
        driver.findElement(By.cssSelector("button[value=ssh-generate]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ssh_public")));
        assertTrue(driver.findElement(By.id("ssh_public")).getAttribute("value").startsWith("ecdsa-sha2-nistp256 "));
        auditShownPage(axe, "publish, with a deploy key", violations);
        assertTrue(violations.isEmpty(), violations.size() + " axe-core violation(s):\n" + String.join("\n", violations));
    }

    @Test
    void aFormWithErrorsKeepsWhatWasTyped() throws Exception {
        driver.get(blog.uri("/new").toString());
        // The field's maxlength stops a browser at 150; the server's own check is what this page is about.
        driver.executeScript("document.getElementById('title').removeAttribute('maxlength');");
        type("title", "T".repeat(160));
        type("name", "Grace");
        type("content", "A paragraph I do not want to lose.");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-error")));
        assertTrue(error.getText().contains("150"));
        assertEquals("A paragraph I do not want to lose.", driver.findElement(By.id("content")).getAttribute("value"));
        assertEquals("title", activeElementId(), "focus lands on the first field in error");
        screenshot("form-error");

        type("title", "A fine title");
        type("name", "G".repeat(61));
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error")));
        assertEquals("name", activeElementId(), "focus lands on the first field in error, not always the title");
    }

    @Test
    void theFocusRingStandsOutAgainstThePageInLightAndDark() throws Exception {
        driver.get(blog.uri("/new").toString());
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", driver.switchTo().activeElement().getAttribute("class"));
        assertFocusRingContrast("the skip link");
        driver.findElement(By.id("title")).click();
        assertFocusRingContrast("a text field");
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("button primary", driver.switchTo().activeElement().getAttribute("class"));
        assertFocusRingContrast("the Write button");
        screenshot("focus-ring");
    }

    @Test
    void aPostReadsAtAboutSeventyCharactersALineAndItsTablesScrollOnAPhone() throws Exception {
        String post = blog.createPost("Tables, tasks and code", "Ada Lovelace", RICH_POST);
        driver.get(blog.uri(post).toString());
        long perLine = PageProbes.charactersPerLine(driver, driver.findElement(By.cssSelector(".post-body p")));
        System.out.println("A line of the post body holds " + perLine + " characters at 1280 px");
        assertTrue(perLine >= 62 && perLine <= 78, "a line of the post body holds " + perLine + " characters");
        driver.manage().window().setSize(new Dimension(1280, 2200));
        screenshot("post-code-and-table");
        setDarkMode(true);
        screenshot("post-code-and-table-dark");
        setDarkMode(false);

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(blog.uri(post).toString());
        assertTrue((Long) driver.executeScript("return window.innerWidth;") <= 390);
        assertEquals(Boolean.TRUE, driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "the page scrolls sideways");
        WebElement table = driver.findElement(By.cssSelector(".post-body .table-scroll"));
        assertEquals(Boolean.TRUE, driver.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;",
                table), "the table is wider than the phone, so it scrolls in its own box");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", table);
        screenshot("post-390px-table");
        driver.executeScript("arguments[0].focus();", table);
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        wait.withMessage("the keyboard scrolls the table").until(browser -> ((Number) driver.executeScript(
                "return arguments[0].scrollLeft;", table)).intValue() > 0);
        screenshot("post-390px-table-scrolled");
    }

    /**
     * Tags: the form's field completes the last tag typed from the tags in use; /tags (also with a refused
     * rename open), a tag's page and a post with tags pass axe in light and dark.
     */
    private void tagPagesAndTheTagsField(Axe axe, List<String> violations) throws Exception {
        for (String[] post : new String[][] {{"Caches that stampede", "Caching, Concurrency"},
                {"Queues that never drain", "Queues, Concurrency"}, {"A lock-free ring buffer", "Concurrency"}}) {
            blog.postForm("/posts", Map.of("title", post[0], "name", "Ada Lovelace", "content",
                    "Notes on " + post[0].toLowerCase(java.util.Locale.ROOT) + ".", "status", "published",
                    "tags", post[1]));
        }
        driver.get(blog.uri("/new").toString());
        type("title", "Backpressure, explained");
        type("name", "Ada Lovelace");
        type("content", "What a queue does when the consumer is slower than the producer.");
        type("tags", "Queues, Con");
        assertTrue(PageProbes.optionValues(driver, "tag-suggestions").contains("Queues, Concurrency"),
                "the suggestions complete the last tag: " + PageProbes.optionValues(driver, "tag-suggestions"));
        assertFalse(PageProbes.optionValues(driver, "tag-suggestions").contains("Queues, Queues"),
                "a tag already chosen is not suggested again");
        type("tags", "Queues, Concurrency");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id("tags")));
        screenshot("form-tags");
        auditShownPage(axe, "write form with tags", violations);
        driver.findElement(By.cssSelector("button[value=published]")).click();
        wait.until(ExpectedConditions.urlContains("/backpressure-explained"));
        auditShownPage(axe, "post with tags", violations);
        audit(axe, "tags", "/tags", violations);
        screenshot("tags");
        audit(axe, "tag page", "/tags/concurrency", violations);
        driver.get(blog.uri("/tags").toString());
        driver.findElement(By.cssSelector(".tag-rename summary")).click();
        type("rename-caching", "!!!");
        driver.findElement(By.cssSelector(".tag-rename button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rename-caching-error")));
        auditShownPage(axe, "tags with a refused rename (422)", violations);
    }

    private void audit(Axe axe, String pageType, String path, List<String> violations) {
        driver.get(blog.uri(path).toString());
        auditShownPage(axe, pageType, violations);
    }

    /** Once highlight.js has coloured the code, so that its tokens' contrast is checked too. */
    private void auditShownPage(Axe axe, String pageType, List<String> violations) {
        if (!driver.findElements(By.cssSelector(".post-body pre code")).isEmpty()) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".post-body pre code.hljs")));
        }
        violations.addAll(axe.inLightAndDark(driver, pageType));
    }

    private String activeElementId() {
        return (String) driver.executeScript("return document.activeElement.id;");
    }

    /** The focused element's outline against the page background, in light and then dark mode. */
    private void assertFocusRingContrast(String what) {
        for (boolean dark : new boolean[] {false, true}) {
            setDarkMode(dark);
            Map<String, Object> ring = PageProbes.focusRing(driver);
            String mode = dark ? "dark" : "light";
            assertTrue(((Number) ring.get("width")).doubleValue() >= 2, what + " has a visible outline in " + mode
                    + ": " + ring);
            assertTrue(((Number) ring.get("ratio")).doubleValue() >= 3, what + "'s focus ring against the page in "
                    + mode + " mode: " + ring);
        }
        setDarkMode(false);
    }

    private void setDarkMode(boolean dark) {
        PageProbes.setDarkMode(driver, dark);
    }
}
