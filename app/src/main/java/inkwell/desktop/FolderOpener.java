package inkwell.desktop;

import inkwell.settings.OperatingSystem;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a folder in the desktop's file manager: the desktop API, else the platform opener. */
public final class FolderOpener {
    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    private FolderOpener() {
    }

    public static void open(Path folder) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return;
            }
        } catch (Throwable e) {
            LOG.debug("Desktop open unavailable: {}", e.toString());
        }
        OperatingSystem os = OperatingSystem.current();
        List<String> command = os == OperatingSystem.WINDOWS ? List.of("explorer", folder.toString())
                : os.openCommand(folder.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            LOG.info("Could not open {}: {}", folder, e.getMessage());
        }
    }
}
