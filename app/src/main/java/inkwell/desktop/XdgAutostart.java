package inkwell.desktop;

import inkwell.settings.AppDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Linux and other XDG desktops: {@code $XDG_CONFIG_HOME/autostart/inkwell.desktop} (else
 * {@code ~/.config/autostart}), the file GNOME, KDE, Xfce and the rest start at login. It starts Inkwell without
 * opening the browser: at login the blog waits in the tray.
 */
final class XdgAutostart extends FileLoginItem {
    static final String FILE = "inkwell.desktop";
    XdgAutostart(Path folder) {
        super(folder.resolve(FILE));
    }

    static Path folder(Map<String, String> env) {
        String config = env.get("XDG_CONFIG_HOME");
        // As for XDG_DATA_HOME, a relative value is invalid and ignored.
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                ? Path.of(config) : AppDirs.userHome(env).resolve(".config");
        return base.resolve("autostart");
    }

    @Override
    public void enable(List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        String entry = "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Version=1.0\n"
                + "Name=Inkwell\n"
                + "Comment=Your blog, ready in the tray when you log in\n"
                + "Exec=" + exec(command) + "\n"
                + "Icon=inkwell\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            Files.writeString(temporary, entry, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The Exec key's quoting (Desktop Entry spec, "The Exec key"): an argument with a space or a reserved
     * character is double-quoted, with {@code "}, {@code `}, {@code $} and {@code \} escaped inside; then every
     * backslash is doubled again, as the key is a string value; a {@code %} is written {@code %%}.
     */
    static String exec(List<String> command) {
        return command.stream().map(XdgAutostart::quoted).map(arg -> arg.replace("\\", "\\\\").replace("%", "%%"))
                .collect(Collectors.joining(" "));
    }

    private static String quoted(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return arg;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : arg.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
