package inkwell;

import inkwell.logging.Logging;
import io.undertow.Undertow;
import org.xnio.Xnio;

/**
 * Work that a launch needs a little later, begun on the second core while the main thread reads the command line,
 * the settings and the data folder. The two pieces are the slowest single steps on the way to the first page
 * (bench/README.md, issue 19): java.util.logging's first use looks for a logging back-end in every jar of the class
 * path, which opens all of them (about 80, bcprov's signed manifest alone is 0.8 MB); and XNIO looks up its provider
 * the same way and builds the NIO classes as Undertow starts. Neither changes what happens: the main thread still
 * does both in the same order, it only finds them done or under way (both are initialised once, under their own
 * locks).
 */
final class StartWarmUp {
    private StartWarmUp() {
    }

    static void begin() {
        Thread warmUp = new Thread(() -> {
            Logging.throughJavaUtilLoggingOnly();
            java.util.logging.Logger.getLogger("");
            Xnio.getInstance(Undertow.class.getClassLoader());
        }, "inkwell-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
