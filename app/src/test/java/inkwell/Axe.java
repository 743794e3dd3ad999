package inkwell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * axe-core (the npm package, at test time only: never in the jar, never fetched by Inkwell) run inside the page
 * a WebDriver shows. The page's CSP forbids injected script elements, so the source goes in through
 * WebDriver's own script execution, which the CSP does not govern.
 */
final class Axe {
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (results) {
              done(results.violations.map(function (v) {
                return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' node(s)): ' + v.help + '\\n'
                    + v.nodes.map(function (n) {
                      return '      ' + n.target.join(' ') + ' -> ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                    }).join('\\n');
              }));
            }, function (error) { done(['axe-core itself failed: ' + error]); });
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe.min.js from the path given; missing, it skips the test on a developer's machine and fails it on CI. */
    static Axe load(Path script) throws IOException {
        NeededOnCi.require(Files.isReadable(script), "axe-core is not at " + script.toAbsolutePath().normalize()
                + " (.ci/run installs it with npm; INKWELL_AXE_CORE names another axe.min.js)");
        return new Axe(Files.readString(script));
    }

    /** The violations on the page shown, in light and then dark mode, each line tagged with the page and mode. */
    List<String> inLightAndDark(ChromiumDriver driver, String pageType) {
        List<String> found = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            PageProbes.setDarkMode(driver, dark);
            String where = "[" + pageType + ", " + (dark ? "dark" : "light") + "] ";
            violations(driver).forEach(violation -> found.add(where + violation));
        }
        PageProbes.setDarkMode(driver, false);
        return found;
    }

    /** One line per violated rule (id, impact, node count, summary), then one line per node it found. */
    @SuppressWarnings("unchecked")
    List<String> violations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(source);
        }
        return (List<String>) page.executeAsyncScript(RUN);
    }
}
