package inkwell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/** Measurements taken inside a page the browser test shows, and the sample text it writes. */
final class PageProbes {
    /** The focused element's outline and its contrast against the body's background (WCAG's formula). */
    private static final String FOCUS_RING = """
            function rgb(css) { return css.match(/[\\d.]+/g).slice(0, 3).map(Number); }
            function luminance(c) {
              var l = c.map(function (v) {
                v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            var style = getComputedStyle(document.activeElement);
            var a = luminance(rgb(style.outlineColor));
            var b = luminance(rgb(getComputedStyle(document.body).backgroundColor));
            return {color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth),
                    ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)};
            """;
    /** The median count of characters on the full lines of a paragraph of plain text (its last line left out). */
    private static final String CHARACTERS_PER_LINE = """
            var text = arguments[0].firstChild, range = document.createRange(), lines = {};
            for (var i = 0; i < text.length; i++) {
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              var top = Math.round(range.getBoundingClientRect().top);
              lines[top] = (lines[top] || 0) + 1;
            }
            var counts = Object.keys(lines).map(Number).sort(function (x, y) { return x - y; })
                .map(function (top) { return lines[top]; });
            counts.pop();
            counts.sort(function (x, y) { return x - y; });
            return counts[Math.floor(counts.length / 2)];
            """;

    private PageProbes() {
    }

    /** {@code color}, {@code style}, {@code width} (px) and {@code ratio} of the focused element's outline. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> focusRing(JavascriptExecutor page) {
        return (Map<String, Object>) page.executeScript(FOCUS_RING);
    }

    static long charactersPerLine(JavascriptExecutor page, WebElement paragraph) {
        return ((Number) page.executeScript(CHARACTERS_PER_LINE, paragraph)).longValue();
    }

    /** prefers-color-scheme as the page sees it, through the DevTools protocol; the page reflows at once. */
    static void setDarkMode(ChromiumDriver driver, boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** The values of a datalist's options as the page holds them now (scripts may have rewritten them). */
    @SuppressWarnings("unchecked")
    static List<String> optionValues(JavascriptExecutor page, String datalistId) {
        return (List<String>) page.executeScript("return Array.from(document.getElementById(arguments[0]).options, "
                + "function (option) { return option.value; });", datalistId);
    }

    static String resource(String name) {
        try (InputStream in = PageProbes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
