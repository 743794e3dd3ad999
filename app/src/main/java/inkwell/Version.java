package inkwell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into {@code inkwell/version.properties} at build time. */
final class Version {
    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/inkwell/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
