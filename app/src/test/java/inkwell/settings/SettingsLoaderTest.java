package inkwell.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path dataDir;

    private Settings load(Map<String, String> env, String... args) throws SettingsException {
        return new SettingsLoader(env).load(CommandLine.parse(args));
    }

    @Test
    void defaultsAreLoopbackOnThePreferredPortWithTheBrowser() throws Exception {
        Settings settings = load(Map.of(), "--data-dir", dataDir.toString());
        assertEquals(Settings.PREFERRED_PORT, settings.port());
        assertFalse(settings.portExplicit());
        assertEquals("127.0.0.1", settings.bind());
        assertTrue(settings.openBrowser() && settings.showTray());
        assertTrue(settings.databaseUrl().isEmpty());
        assertEquals(dataDir.resolve("db"), settings.databaseFolder());
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheProperties() throws Exception {
        Files.writeString(dataDir.resolve("inkwell.properties"), "port=7001\nbind=::1\nsite-title=From file\n");
        Settings fileOnly = load(Map.of(), "--data-dir", dataDir.toString());
        assertEquals(7001, fileOnly.port());
        assertEquals("::1", fileOnly.bind());
        assertEquals("From file", fileOnly.siteTitle());
        Settings env = load(Map.of("INKWELL_PORT", "7002", "INKWELL_DATA_DIR", dataDir.toString()));
        assertEquals(7002, env.port());
        Settings flag = load(Map.of("INKWELL_PORT", "7002"), "--port=7003", "--data-dir", dataDir.toString());
        assertEquals(7003, flag.port());
        assertTrue(flag.portExplicit());
    }

    @Test
    void headlessMeansNoBrowserAndNoTray() throws Exception {
        Settings settings = load(Map.of(), "--headless", "--data-dir", dataDir.toString());
        assertFalse(settings.openBrowser());
        assertFalse(settings.showTray());
        Settings env = load(Map.of("INKWELL_NO_BROWSER", "true"), "--data-dir", dataDir.toString());
        assertFalse(env.openBrowser());
        assertTrue(env.showTray());
    }

    @Test
    void databaseUrlSelectsAnotherDatabase() throws Exception {
        Settings settings = load(Map.of(), "--database-url", "jdbc:postgresql://localhost/blog",
                "--data-dir", dataDir.toString());
        assertEquals("jdbc:postgresql://localhost/blog", settings.databaseUrl().orElseThrow());
    }

    @Test
    void badValuesHaveClearMessages() {
        String d = dataDir.toString();
        assertTrue(assertThrows(SettingsException.class, () -> load(Map.of(), "--port", "http", "--data-dir", d))
                .getMessage().contains("--port must be a number"));
        assertThrows(SettingsException.class, () -> load(Map.of(), "--port", "70000", "--data-dir", d));
        assertThrows(SettingsException.class, () -> load(Map.of(), "--port", "-1", "--data-dir", d));
        assertTrue(assertThrows(SettingsException.class, () -> load(Map.of(), "--frobnicate"))
                .getMessage().contains("Unknown option \"--frobnicate\""));
        assertTrue(assertThrows(SettingsException.class, () -> load(Map.of(), "--port"))
                .getMessage().contains("needs a value"));
        assertThrows(SettingsException.class, () -> load(Map.of(), "--headless=yes"));
        assertThrows(SettingsException.class, () -> load(Map.of(), "stray"));
        assertThrows(SettingsException.class, () -> load(Map.of(), "--bind", "example.com", "--data-dir", d));
        assertThrows(SettingsException.class, () -> load(Map.of(), "--database-url", "postgres://x", "--data-dir", d));
        assertThrows(SettingsException.class, () -> load(Map.of("INKWELL_HEADLESS", "maybe"), "--data-dir", d));
    }

    @Test
    void unknownPropertyIsReportedWithTheKnownOnes() throws Exception {
        Files.writeString(dataDir.resolve("inkwell.properties"), "prot=7001\n");
        SettingsException error = assertThrows(SettingsException.class,
                () -> load(Map.of(), "--data-dir", dataDir.toString()));
        assertTrue(error.getMessage().contains("\"prot\"") && error.getMessage().contains("port"));
    }

    @Test
    void helpAndVersionAreActions() throws Exception {
        assertEquals(CommandLine.Action.HELP, CommandLine.parse("--port", "1", "--help").action());
        assertEquals(CommandLine.Action.VERSION, CommandLine.parse("--version").action());
        String usage = CommandLine.usage("1.0");
        for (Option option : Option.values()) {
            assertTrue(usage.contains(option.flag()), option.flag());
        }
    }

    @Test
    void dataFolderFollowsTheOperatingSystemConvention() {
        String os = System.getProperty("os.name");
        if (os.toLowerCase().contains("linux")) {
            assertEquals(Path.of("/xdg/data/inkwell"), AppDirs.defaultDataDir(Map.of("XDG_DATA_HOME", "/xdg/data")));
            assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "inkwell"),
                    AppDirs.defaultDataDir(Map.of("XDG_DATA_HOME", "relative/ignored")));
        }
    }
}
