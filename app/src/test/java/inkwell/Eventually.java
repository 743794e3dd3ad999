package inkwell;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;

/**
 * Waits for something observable instead of sleeping a guessed time: checks the condition every few
 * milliseconds and fails with its description once the deadline has passed.
 */
public final class Eventually {
    private static final long POLL_MILLIS = 10;

    private Eventually() {
    }

    /** A condition to poll; it may throw, which fails the wait at once. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    public static void await(Duration timeout, Condition condition, String description) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                fail("waited " + timeout.toMillis() + " ms for " + description);
            }
            Thread.sleep(POLL_MILLIS); // the polling interval, not a wait for the condition
        }
    }
}
