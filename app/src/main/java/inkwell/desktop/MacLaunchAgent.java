package inkwell.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * macOS: a per-user launch agent, {@code ~/Library/LaunchAgents/app.inkwell.login.plist}, which launchd runs
 * once at login ({@code RunAtLoad}). A login item proper needs a signed helper app; the agent needs nothing.
 */
final class MacLaunchAgent extends FileLoginItem {
    MacLaunchAgent(Path home) {
        super(home.resolve("Library").resolve("LaunchAgents").resolve("app.inkwell.login.plist"));
    }

    @Override
    public void enable(List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder arguments = new StringBuilder();
        for (String arg : command) {
            arguments.append("    <string>").append(xml(arg)).append("</string>\n");
        }
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>app.inkwell.login</string>
                  <key>ProgramArguments</key>
                  <array>
                """ + arguments + """
                  </array>
                  <key>RunAtLoad</key>
                  <true/>
                </dict>
                </plist>
                """, StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
