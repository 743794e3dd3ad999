package inkwell.publish;

import inkwell.publish.target.PublishProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One publish as it runs: its progress lines in order, then how it ended. Anyone may watch it (the Publish page
 * polls it, a command-line publish handed to the running Inkwell streams it); a second request while it runs
 * joins it instead of starting another.
 */
public final class PublishJob implements PublishProgress {
    /** A runaway target must not grow memory without end: the first lines and the last one are what matter. */
    static final int MAX_LINES = 500;

    public enum State { RUNNING, SUCCEEDED, FAILED }

    private final long number;
    private final Instant startedAt;
    private final Clock clock;
    private final List<String> lines = new ArrayList<>();
    private State state = State.RUNNING;
    private PublishOutcome outcome;

    PublishJob(long number, Clock clock) {
        this.number = number;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public long number() {
        return number;
    }

    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public synchronized void step(String line) {
        if (state == State.RUNNING && lines.size() < MAX_LINES) {
            lines.add(line);
            notifyAll();
        }
    }

    synchronized void finish(boolean succeeded, String summary, Optional<String> liveAddress) {
        outcome = new PublishOutcome(clock.instant(), succeeded, summary, liveAddress);
        state = succeeded ? State.SUCCEEDED : State.FAILED;
        notifyAll();
    }

    public synchronized State state() {
        return state;
    }

    public synchronized boolean running() {
        return state == State.RUNNING;
    }

    /** How it ended; empty while it runs. */
    public synchronized Optional<PublishOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The progress lines from {@code index} on (0 for all of them). */
    public synchronized List<String> linesFrom(int index) {
        return List.copyOf(lines.subList(Math.min(index, lines.size()), lines.size()));
    }

    /** Waits until there are more than {@code seen} lines or the job ended, for at most {@code wait}. */
    public synchronized void awaitNews(int seen, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (state == State.RUNNING && lines.size() <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
