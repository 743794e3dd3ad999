package inkwell.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The bundled highlight.js webjar's version, read from the webjar itself so the pom stays the one source. */
final class HighlightVersion {
    static final String VERSION = read();

    private HighlightVersion() {
    }

    private static String read() {
        try (InputStream in = HighlightVersion.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/highlightjs/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The highlight.js webjar is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
