package inkwell.views;

import inkwell.storage.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts post views exactly without a database write per read: each view is an atomic increment in memory;
 * {@link #flush()} writes the accumulated deltas in one transaction (periodically and at shutdown).
 *
 * <p>The in-memory total of a post is seeded from the database the first time the post is seen and is the
 * truth from then on, so a page always shows stored views plus the ones not yet flushed, never fewer.
 */
public final class ViewCounter {
    private static final Logger LOG = LoggerFactory.getLogger(ViewCounter.class);

    private final ViewStore store;
    private final Clock clock;
    /** Per post: the exact total shown on pages, and the views not written yet. */
    private final Map<Long, Counts> counts = new ConcurrentHashMap<>();
    // What a failed flush could not write, kept for the next one (rare: the database was unavailable).
    private final Map<Long, Long> retryTotals = new ConcurrentHashMap<>();
    private final Map<DailyViewKey, Long> retryDaily = new ConcurrentHashMap<>();

    public ViewCounter(Database database, Clock clock) {
        this.store = new ViewStore(database);
        this.clock = clock;
    }

    /**
     * Counts one view of the post and returns its new total: two atomic increments on the post's own counters,
     * no lock and no allocation, because every read of a post page comes through here.
     */
    public long record(long postId, long storedViews) {
        Counts postCounts = countsFor(postId, storedViews);
        postCounts.unflushed.incrementAndGet();
        return postCounts.total.incrementAndGet();
    }

    /** The exact total: {@code storedViews} (as read with the post) seeds the count the first time only. */
    public long views(long postId, long storedViews) {
        return countsFor(postId, storedViews).total.get();
    }

    private Counts countsFor(long postId, long storedViews) {
        Counts existing = counts.get(postId);
        return existing != null ? existing : counts.computeIfAbsent(postId, id -> new Counts(storedViews));
    }

    /** Post ids with their views over the last seven days (today included), most viewed first. */
    public List<Map.Entry<Long, Long>> mostViewedThisWeek(int limit) {
        LocalDate since = today().minusDays(6);
        Map<Long, Long> views = new HashMap<>(store.viewsSince(since));
        counts.forEach((id, postCounts) -> views.merge(id, postCounts.unflushed.get(), Long::sum));
        retryDaily.forEach((key, count) -> {
            if (!key.date().isBefore(since)) {
                views.merge(key.postId(), count, Long::sum);
            }
        });
        return views.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(limit).collect(Collectors.toList());
    }

    public void forget(long postId) {
        counts.remove(postId);
        retryTotals.remove(postId);
        retryDaily.keySet().removeIf(key -> key.postId() == postId);
    }

    /**
     * Writes the views counted since the last flush; on failure they stay in memory for the next one. Views
     * are dated when they are written (every few seconds), so a view in the last seconds before midnight may
     * count for the next day; totals are exact.
     */
    public synchronized void flush() {
        Map<Long, Long> totalDeltas = drain(retryTotals);
        Map<DailyViewKey, Long> dailyDeltas = drain(retryDaily);
        LocalDate today = today();
        counts.forEach((id, postCounts) -> {
            long unflushed = postCounts.unflushed.getAndSet(0);
            if (unflushed > 0) {
                totalDeltas.merge(id, unflushed, Long::sum);
                dailyDeltas.merge(new DailyViewKey(id, today), unflushed, Long::sum);
            }
        });
        if (totalDeltas.isEmpty() && dailyDeltas.isEmpty()) {
            return;
        }
        try {
            store.addViews(totalDeltas, new HashMap<>(dailyDeltas));
        } catch (RuntimeException e) {
            LOG.warn("Could not save view counts, will retry: {}", e.toString());
            totalDeltas.forEach((id, n) -> retryTotals.merge(id, n, Long::sum));
            dailyDeltas.forEach((key, n) -> retryDaily.merge(key, n, Long::sum));
        }
    }

    private static <K> Map<K, Long> drain(Map<K, Long> counters) {
        Map<K, Long> drained = new HashMap<>();
        for (K key : counters.keySet()) {
            Long value = counters.remove(key);
            if (value != null) {
                drained.put(key, value);
            }
        }
        return drained;
    }

    private static final class Counts {
        final AtomicLong total;
        final AtomicLong unflushed = new AtomicLong();

        Counts(long stored) {
            this.total = new AtomicLong(stored);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
