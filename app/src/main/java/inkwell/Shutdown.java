package inkwell;

import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and Ctrl+C (SIGINT) into a stop request that the launcher answers with the clean shutdown and
 * exit status 0. A plain shutdown hook would make the JVM exit with 143 or 130, which service managers read as
 * a failure; the hook here only covers other ways the JVM may end (logout, System.exit elsewhere).
 */
final class Shutdown {
    private Shutdown() {
    }

    /**
     * From now on a signal asks for the stop. Set before the blog starts: its first pages may be answered, and the
     * user may stop it, before the database is up; the stop then comes as soon as the start is complete.
     */
    static void onSignal(Runnable stopRequest) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stopRequest.run());
            } catch (IllegalArgumentException e) {
                LoggerFactory.getLogger(Shutdown.class).debug("Signal {} not available here", name);
            }
        }
    }

    /** Whatever else ends the JVM closes the blog cleanly. */
    static void onExit(Runnable cleanClose) {
        Runtime.getRuntime().addShutdownHook(new Thread(cleanClose, "inkwell-shutdown"));
    }
}
