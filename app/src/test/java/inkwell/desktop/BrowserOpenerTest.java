package inkwell.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The browser chain, with a real script standing in for the browser and recording what it was asked to open. */
@DisabledOnOs(OS.WINDOWS)
class BrowserOpenerTest {
    @TempDir
    Path folder;

    private Path recordingScript(String name) throws Exception {
        Path script = folder.resolve(name);
        // Written aside, then renamed: the test never reads a half-written file.
        Path args = folder.resolve(name + ".args");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + args + ".part\" && mv \"" + args
                + ".part\" \"" + args + "\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private List<String> recorded(String name) throws Exception {
        Path args = folder.resolve(name + ".args");
        Eventually.await(Duration.ofSeconds(5), () -> Files.exists(args), "the arguments " + name + " was given");
        return Files.readAllLines(args);
    }

    @Test
    void inkwellBrowserIsTriedFirstAndGetsTheUrl() throws Exception {
        Path script = recordingScript("mybrowser");
        Browser browser = new Browser(Map.of("INKWELL_BROWSER", script.toString(), "BROWSER", "/nonexistent"));
        assertEquals(Browser.Outcome.CONFIGURED_COMMAND, browser.open("http://127.0.0.1:8465/"));
        assertEquals(List.of("http://127.0.0.1:8465/"), recorded("mybrowser"));
    }

    @Test
    void browserListFallsThroughMissingCommandsAndHonoursPercentS() throws Exception {
        Path script = recordingScript("second");
        Browser browser = new Browser(Map.of("BROWSER", "/nonexistent/first:" + script + " --new-tab=%s"));
        assertEquals(Browser.Outcome.CONFIGURED_COMMAND, browser.open("http://127.0.0.1:1/new"));
        assertEquals(List.of("--new-tab=http://127.0.0.1:1/new"), recorded("second"));
    }

    @Test
    void commandsAreSplitIntoWords() {
        assertEquals(List.of("firefox", "-P", "blog", "http://x/"), Browser.commandFor(" firefox -P blog ", "http://x/"));
        assertTrue(Browser.commandFor("   ", "http://x/").isEmpty());
    }
}
