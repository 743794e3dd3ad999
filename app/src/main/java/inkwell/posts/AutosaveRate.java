package inkwell.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: up to {@code burst} at once, then one per {@code every}. Autosaves pass through one, new posts
 * made by autosave through a slower one, so that a runaway client (a script, a stuck key) cannot fill the disk:
 * with thinning and the caps per post, what it can write is bounded by these rates.
 */
final class AutosaveRate {
    private final Clock clock;
    private final int burst;
    private final Duration every;
    private double tokens;
    private Instant last;

    AutosaveRate(Clock clock, int burst, Duration every) {
        this.clock = clock;
        this.burst = burst;
        this.every = every;
        this.tokens = burst;
        this.last = clock.instant();
    }

    /** Takes a token if there is one; false when the client must wait. */
    synchronized boolean take() {
        Instant now = clock.instant();
        if (now.isAfter(last)) {
            tokens = Math.min(burst, tokens + (double) Duration.between(last, now).toMillis() / every.toMillis());
            last = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Whole seconds until the next token, for a Retry-After header. */
    synchronized long secondsToWait() {
        return Math.max(1, (long) Math.ceil((1 - tokens) * every.toMillis() / 1000.0));
    }
}
