package inkwell;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback at the data folder's {@code logs/} (see logback.xml) and routes the other logging APIs in
 * the stack into it: java.util.logging (EclipseLink) and JBoss Logging (Undertow).
 */
final class Logging {
    private Logging() {
    }

    static void configure(Path logFolder) {
        System.setProperty("inkwell.logDir", logFolder.toString());
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
