package inkwell.desktop;

import inkwell.settings.OperatingSystem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * "Start Inkwell when I log in": the one per-user entry each system reads at login, written and removed by the
 * Settings page. Off by default; what is there is the truth (no setting is kept besides it), so removing the entry
 * by hand turns the option off too.
 */
public interface LoginItem {

    boolean enabled();

    /** Writes the entry that starts {@code command} at login. */
    void enable(List<String> command) throws IOException;

    void disable() throws IOException;

    /** Where this system keeps it, for messages. */
    String where();

    /** The entry for the system this runs on, in the user's own folders as the environment names them. */
    static LoginItem forThisComputer(Map<String, String> env) {
        return switch (OperatingSystem.current()) {
            case WINDOWS -> new WindowsRunKey();
            case MAC -> new MacLaunchAgent(inkwell.settings.AppDirs.userHome(env));
            case OTHER -> new XdgAutostart(XdgAutostart.folder(env));
        };
    }

    /** The entry's home on Linux and the BSDs, for tests that point it at a temporary folder. */
    static LoginItem xdgIn(Path autostartFolder) {
        return new XdgAutostart(autostartFolder);
    }
}
