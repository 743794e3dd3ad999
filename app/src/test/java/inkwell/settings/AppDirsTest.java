package inkwell.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default data folder per system, from an environment map and a {@code user.home} given by the test. */
class AppDirsTest {
    private static final String USER_HOME = Path.of("account-home").toAbsolutePath().toString();

    @TempDir
    Path shellHome;

    @Test
    void linuxPrefersHomeFromTheEnvironmentOverTheAccountsHome() {
        Map<String, String> env = Map.of("HOME", shellHome.toString());
        assertEquals(shellHome.resolve(".local/share/inkwell"),
                AppDirs.defaultDataDir(OperatingSystem.OTHER, env, USER_HOME));
    }

    @Test
    void macPrefersHomeFromTheEnvironmentToo() {
        Map<String, String> env = Map.of("HOME", shellHome.toString());
        assertEquals(shellHome.resolve("Library").resolve("Application Support").resolve("Inkwell"),
                AppDirs.defaultDataDir(OperatingSystem.MAC, env, USER_HOME));
    }

    @Test
    void anAbsoluteXdgDataHomeWinsOverHome() {
        Path xdg = shellHome.resolve("xdg");
        Map<String, String> env = Map.of("HOME", shellHome.toString(), "XDG_DATA_HOME", xdg.toString());
        assertEquals(xdg.resolve("inkwell"), AppDirs.defaultDataDir(OperatingSystem.OTHER, env, USER_HOME));
    }

    @Test
    void aMissingBlankOrRelativeHomeFallsBackToTheAccountsHome() {
        Path fallback = Path.of(USER_HOME, ".local", "share", "inkwell");
        assertEquals(fallback, AppDirs.defaultDataDir(OperatingSystem.OTHER, Map.of(), USER_HOME));
        assertEquals(fallback, AppDirs.defaultDataDir(OperatingSystem.OTHER, Map.of("HOME", " "), USER_HOME));
        assertEquals(fallback, AppDirs.defaultDataDir(OperatingSystem.OTHER, Map.of("HOME", "relative/home",
                "XDG_DATA_HOME", "relative/ignored"), USER_HOME));
    }

    @Test
    void windowsKeepsLocalAppDataAndIgnoresHome() {
        Path local = shellHome.resolve("Local");
        assertEquals(local.resolve("Inkwell"), AppDirs.defaultDataDir(OperatingSystem.WINDOWS,
                Map.of("LOCALAPPDATA", local.toString(), "HOME", shellHome.toString()), USER_HOME));
        assertEquals(Path.of(USER_HOME, "AppData", "Local", "Inkwell"), AppDirs.defaultDataDir(OperatingSystem.WINDOWS,
                Map.of("HOME", shellHome.toString()), USER_HOME));
    }
}
