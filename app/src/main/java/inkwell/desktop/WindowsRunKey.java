package inkwell.desktop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Windows: the per-user Run key, {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run}, value "Inkwell",
 * through Windows' own {@code reg.exe} (a Startup-folder shortcut would need COM to write).
 */
final class WindowsRunKey implements LoginItem {
    private static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    private static final String VALUE = "Inkwell";

    @Override
    public boolean enabled() {
        try {
            return reg(List.of("query", KEY, "/v", VALUE)) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void enable(List<String> command) throws IOException {
        List<String> quoted = new ArrayList<>();
        command.forEach(arg -> quoted.add(arg.contains(" ") ? "\"" + arg + "\"" : arg));
        if (reg(List.of("add", KEY, "/v", VALUE, "/t", "REG_SZ", "/d", String.join(" ", quoted), "/f")) != 0) {
            throw new IOException("Windows did not let Inkwell write its Run entry");
        }
    }

    @Override
    public void disable() throws IOException {
        if (enabled() && reg(List.of("delete", KEY, "/v", VALUE, "/f")) != 0) {
            throw new IOException("Windows did not let Inkwell remove its Run entry");
        }
    }

    @Override
    public String where() {
        return KEY + "\\" + VALUE;
    }

    private static int reg(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("reg"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("reg.exe did not answer");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
