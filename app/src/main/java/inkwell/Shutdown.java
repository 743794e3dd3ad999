package inkwell;

import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs the clean shutdown on SIGTERM and Ctrl+C (SIGINT) and lets the process exit with 0. A plain shutdown
 * hook would also run, but the JVM would then exit with 143 or 130, which service managers read as a failure.
 */
final class Shutdown {
    private Shutdown() {
    }

    static void onSignal(Runnable cleanStop) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    cleanStop.run();
                }
            }
        };
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> once.run());
            } catch (IllegalArgumentException e) {
                LoggerFactory.getLogger(Shutdown.class).debug("Signal {} not available here", name);
            }
        }
        // Anything else that ends the JVM (System.exit elsewhere, logout) still closes the database cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(once, "inkwell-shutdown"));
    }
}
