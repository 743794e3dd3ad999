package inkwell.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends every log of the stack to {@code <data-dir>/logs/inkwell.0.log} (five files of 5 MB, newest first) and
 * warnings to standard error as well. SLF4J (our code), java.util.logging (EclipseLink) and JBoss Logging
 * (Undertow) all end in java.util.logging: it is in the JDK and its CDS archive, where Logback's XML set-up
 * cost about 0.4 s of every start.
 */
public final class Logging {
    static final String FILE_PATTERN = "inkwell.%g.log";
    private static final int FILE_BYTES = 5 * 1024 * 1024;
    private static final int FILES = 5;
    /** java.util.logging keeps loggers weakly: the tuned ones are held here so their levels stay set. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.eclipse.persistence"),
            Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss"));

    private Logging() {
    }

    /** Standard error and the rotated files in {@code logFolder}: for a process that owns that folder. */
    public static void configure(Path logFolder) {
        toStandardError();
        addFiles(logFolder);
    }

    /**
     * Warnings on standard error only. A launch starts this way and adds the files ({@link #addFiles}) once it
     * owns the data folder: a second launch that only hands over to the running Inkwell would find the log locked
     * and open {@code inkwell.0.log.1} instead, which the next second launch then empties.
     */
    public static void toStandardError() {
        throughJavaUtilLoggingOnly();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        root.addHandler(console());
    }

    /**
     * Undertow and XNIO log through JBoss Logging: it must choose java.util.logging, never a back-end it might find
     * on its own. Set before JBoss Logging's first use (the start's warm-up thread may come first).
     */
    public static void throughJavaUtilLoggingOnly() {
        System.setProperty("org.jboss.logging.provider", "jdk");
    }

    /** A command-line command: its own output says what happens, so only warnings and errors join it. */
    public static void warningsOnStandardError() {
        toStandardError();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    /** Every log line also in {@code logFolder}; only the process that owns the data folder may write there. */
    public static void addFiles(Path logFolder) {
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(logFolder);
            FileHandler file = new FileHandler(logFolder.resolve(FILE_PATTERN).toString(), FILE_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(LogFormat.full());
            file.setErrorManager(new QuietErrors());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // The data folder check that follows reports an unwritable folder to the user; the blog still runs.
            root.warning("Cannot write the log in " + logFolder + ": " + e.getMessage());
        }
    }

    /** A log file that cannot be written (a full disk) is said once, in one line, not with a stack trace each time. */
    private static final class QuietErrors extends ErrorManager {
        private boolean reported;

        @Override
        public synchronized void error(String message, Exception e, int code) {
            if (!reported) {
                reported = true;
                System.err.println("inkwell: WARN Cannot write the log file: " + (e != null ? e.getMessage() : message));
            }
        }
    }

    private static Handler console() {
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(LogFormat.brief());
        return console;
    }
}
