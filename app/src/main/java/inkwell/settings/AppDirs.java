package inkwell.settings;

import java.nio.file.Path;
import java.util.Map;

/** The per-user data folder each operating system expects an application to use. */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path defaultDataDir(Map<String, String> env) {
        OperatingSystem os = OperatingSystem.current();
        String home = System.getProperty("user.home");
        if (os == OperatingSystem.WINDOWS) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = isSet(localAppData) ? Path.of(localAppData) : Path.of(home, "AppData", "Local");
            return base.resolve("Inkwell");
        }
        if (os == OperatingSystem.MAC) {
            return Path.of(home, "Library", "Application Support", "Inkwell");
        }
        String xdgData = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isSet(xdgData) && Path.of(xdgData).isAbsolute()) {
            return Path.of(xdgData, "inkwell");
        }
        return Path.of(home, ".local", "share", "inkwell");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
