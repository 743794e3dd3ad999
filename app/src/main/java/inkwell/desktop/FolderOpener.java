package inkwell.desktop;

import inkwell.settings.OperatingSystem;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a folder in the desktop's file manager: the desktop API, else the platform opener. */
public final class FolderOpener {
    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    private final boolean tryDesktop;
    private final Function<String, List<String>> opener;
    /** Windows' explorer exits with status 1 even when it opened the folder: there, started is all it tells. */
    private final boolean exitStatusTells;

    public FolderOpener() {
        this(true, FolderOpener::platformCommand, OperatingSystem.current() != OperatingSystem.WINDOWS);
    }

    /** For tests: without the desktop API, and {@code opener} in place of the platform's opener. */
    FolderOpener(boolean tryDesktop, Function<String, List<String>> opener) {
        this(tryDesktop, opener, true);
    }

    private FolderOpener(boolean tryDesktop, Function<String, List<String>> opener, boolean exitStatusTells) {
        this.tryDesktop = tryDesktop;
        this.opener = opener;
        this.exitStatusTells = exitStatusTells;
    }

    /** Whether a file manager took the folder; false when none did (xdg-open without a file manager). */
    public boolean open(Path folder) {
        try {
            if (tryDesktop && !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }
        } catch (Throwable e) {
            LOG.debug("Desktop open unavailable: {}", e.toString());
        }
        List<String> command = opener.apply(folder.toString());
        return exitStatusTells ? Opener.run(command) : Opener.start(command);
    }

    private static List<String> platformCommand(String folder) {
        OperatingSystem os = OperatingSystem.current();
        return os == OperatingSystem.WINDOWS ? List.of("explorer", folder) : os.openCommand(folder);
    }
}
