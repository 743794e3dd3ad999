package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Start Inkwell when I log in" on Linux, as a user sets it: a real Inkwell in a child JVM with its own
 * XDG_CONFIG_HOME; ticking the box on the Settings page writes an autostart entry that desktop-file-validate
 * accepts and that starts this Inkwell on this data folder without a browser; unticking removes it.
 */
class StartAtLoginProcessTest {
    @TempDir
    Path temp;

    @Test
    void theAutostartEntryAppearsAndDisappearsWithTheSetting() throws Exception {
        Path config = temp.resolve("config");
        Path data = temp.resolve("data");
        Path entry = config.resolve("autostart").resolve("inkwell.desktop");
        ProcessBuilder builder = InkwellChild.command("--headless", "--port", "0", "--data-dir", data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        Process inkwell = builder.start();
        try {
            URI url = InkwellChild.readyUrl(inkwell);
            BlogClient browser = BlogClient.ownerOf(data);
            assertFalse(Jsoup.parse(browser.get("/settings").body()).getElementById("start_at_login")
                    .hasAttr("checked"), "off by default");

            assertEquals(303, browser.postForm("/settings", fields(true)).statusCode());
            assertTrue(Files.isRegularFile(entry), "ticked: the autostart entry is written");
            String text = Files.readString(entry, StandardCharsets.UTF_8);
            assertTrue(text.contains("--no-browser") && text.contains("--data-dir " + data), text);
            assertTrue(Jsoup.parse(browser.get("/settings").body()).getElementById("start_at_login")
                    .hasAttr("checked"), "the page shows it on");
            validate(entry);

            assertEquals(303, browser.postForm("/settings", fields(false)).statusCode());
            assertFalse(Files.exists(entry), "unticked: the entry is gone");
        } finally {
            inkwell.toHandle().destroy();
            if (!inkwell.waitFor(20, TimeUnit.SECONDS)) {
                inkwell.destroyForcibly();
            }
        }
    }

    private static Map<String, String> fields(boolean startAtLogin) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("title", "Notes", "language", "en",
                "posts_per_page", "10", "start_at_login_shown", "1"));
        if (startAtLogin) {
            fields.put("start_at_login", "on");
        }
        return fields;
    }

    /** desktop-file-validate (Debian's desktop-file-utils, which .ci/run installs) is the oracle for the format. */
    private static void validate(Path entry) throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/desktop-file-validate"));
        NeededOnCi.require(installed, "desktop-file-validate (Debian package desktop-file-utils)");
        if (!installed) {
            return;
        }
        Process check = new ProcessBuilder("desktop-file-validate", entry.toString()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), said);
        assertEquals("", said.strip(), "no complaint, not even a hint");
    }
}
