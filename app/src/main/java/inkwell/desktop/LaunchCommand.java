package inkwell.desktop;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts this very Inkwell again on this data folder, for the login entry: the installed
 * launcher when there is one (jpackage names it in {@code jpackage.app-path}), else this JVM with this jar. At
 * login it opens no browser: the blog waits in the tray.
 */
public final class LaunchCommand {
    private LaunchCommand() {
    }

    public static List<String> current(Path dataDir) {
        List<String> command = new ArrayList<>();
        String installed = System.getProperty("jpackage.app-path");
        if (installed != null && !installed.isBlank()) {
            command.add(installed);
        } else {
            command.add(ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            Path jar = ownJar();
            if (jar != null) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "inkwell.Inkwell"));
            }
        }
        command.addAll(List.of("--no-browser", "--data-dir", dataDir.toAbsolutePath().toString()));
        return command;
    }

    /** The jar this class was loaded from; null when run from a classes folder (tests, an IDE). */
    private static Path ownJar() {
        try {
            Path location = Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
