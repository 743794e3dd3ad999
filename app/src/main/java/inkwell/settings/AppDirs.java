package inkwell.settings;

import java.nio.file.Path;
import java.util.Map;

/** The per-user data folder each operating system expects an application to use. */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path defaultDataDir(Map<String, String> env) {
        return defaultDataDir(OperatingSystem.current(), env, System.getProperty("user.home"));
    }

    /** The user's home as the shell sees it ({@code $HOME} when absolute), for files in per-user config folders. */
    public static Path userHome(Map<String, String> env) {
        return Path.of(home(env, System.getProperty("user.home")));
    }

    static Path defaultDataDir(OperatingSystem os, Map<String, String> env, String userHome) {
        if (os == OperatingSystem.WINDOWS) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = isSet(localAppData) ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Inkwell");
        }
        String home = home(env, userHome);
        if (os == OperatingSystem.MAC) {
            return Path.of(home, "Library", "Application Support", "Inkwell");
        }
        String xdgData = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isAbsolute(xdgData)) {
            return Path.of(xdgData, "inkwell");
        }
        return Path.of(home, ".local", "share", "inkwell");
    }

    /**
     * {@code $HOME} as the shell sees it: the JVM takes {@code user.home} from the password database instead, so
     * a user (or a test, a sandbox, a second profile) who points HOME elsewhere would find the data in the
     * account's real home. Only an absolute HOME is trusted; otherwise {@code user.home}.
     */
    private static String home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return isAbsolute(home) ? home : userHome;
    }

    private static boolean isAbsolute(String value) {
        return isSet(value) && Path.of(value).isAbsolute();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
