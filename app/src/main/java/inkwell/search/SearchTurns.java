package inkwell.search;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * New searches take turns, as many at once as there are cores, first come first served. A search is CPU
 * work from end to end (postings, scoring, highlighting): 32 readers searching at once on two cores otherwise
 * share them 32 ways, so each one takes 16 times as long and the slowest far longer (measured: p99 1.2 s at 32
 * connections, 10,000 posts). In turns each search runs at full speed and waits its place in line. A reader
 * who would wait longer than {@link #PATIENCE} is told to try again, rather than a queue growing without bound.
 */
final class SearchTurns {
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Semaphore turns;
    private final Duration patience;

    SearchTurns() {
        this(Runtime.getRuntime().availableProcessors(), PATIENCE);
    }

    SearchTurns(int atOnce, Duration patience) {
        this.turns = new Semaphore(atOnce, true);
        this.patience = patience;
    }

    /** What {@code search} found in its turn; empty when no turn came within the patience. */
    <T> Optional<T> inTurn(Supplier<T> search) {
        try {
            if (!turns.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(search.get());
        } finally {
            turns.release();
        }
    }
}
