package inkwell.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing: at most {@link #PER_ADDRESS} wrong passwords from one address and {@link #OVERALL}
 * from everywhere together in {@link #WINDOW}; past either, sign-in is refused until the window has moved on. The
 * overall limit stops a guesser with many addresses; it may also keep the owner out for a few minutes, which is
 * the price of an online password, and the launcher's link on this computer always still works.
 */
final class SignInAttempts {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int PER_ADDRESS = 10;
    static final int OVERALL = 50;
    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must wait before trying again; zero when it may try now. */
    synchronized Duration waitFor(String address) {
        Instant now = clock.instant();
        Duration wait = waitIn(all, OVERALL, now);
        Deque<Instant> mine = failures.get(address);
        if (mine != null) {
            Duration own = waitIn(mine, PER_ADDRESS, now);
            wait = own.compareTo(wait) > 0 ? own : wait;
            if (mine.isEmpty()) {
                failures.remove(address);
            }
        }
        return wait;
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            failures.clear(); // the overall limit still holds meanwhile
        }
        failures.computeIfAbsent(address, key -> new ArrayDeque<>()).addLast(now);
        all.addLast(now);
        if (all.size() > OVERALL * 2) {
            all.removeFirst();
        }
    }

    /** A right password forgets the address's earlier mistakes. */
    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private static Duration waitIn(Deque<Instant> times, int limit, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElse(now);
        return Duration.between(now, oldestCounted.plus(WINDOW));
    }
}
