package inkwell.settings;

import java.util.List;
import java.util.Locale;

/** The one place that knows which operating system Inkwell runs on (folders, opener commands, tray style). */
public enum OperatingSystem {
    WINDOWS, MAC, OTHER;

    /** The system this JVM runs on, from {@code os.name}. */
    public static OperatingSystem current() {
        return of(System.getProperty("os.name", ""));
    }

    static OperatingSystem of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        // "Darwin" contains "win": look for the Mac first, and for Windows only at the start of the name.
        if (name.contains("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return name.startsWith("windows") ? WINDOWS : OTHER;
    }

    /** The command that opens a URL or a folder with the desktop's default program. */
    public List<String> openCommand(String target) {
        return switch (this) {
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", target);
            case MAC -> List.of("open", target);
            case OTHER -> List.of("xdg-open", target);
        };
    }
}
