package inkwell.articles;

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
final class ViewCounter {
    private static final Logger LOG = LoggerFactory.getLogger(ViewCounter.class);

    private final ArticleRepository repository;
    private final Clock clock;
    private final Map<Long, AtomicLong> totals = new ConcurrentHashMap<>();
    // Unflushed deltas are plain Longs changed with ConcurrentHashMap.merge and drained with remove: both are
    // atomic per key, so no increment can land on a counter that a flush is about to drop.
    private final Map<Long, Long> unflushedTotals = new ConcurrentHashMap<>();
    private final Map<DailyViewKey, Long> unflushedDaily = new ConcurrentHashMap<>();

    ViewCounter(ArticleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Counts one view of the post and returns its new total. */
    long record(Article article) {
        long total = totalFor(article).incrementAndGet();
        unflushedTotals.merge(article.id(), 1L, Long::sum);
        unflushedDaily.merge(new DailyViewKey(article.id(), today()), 1L, Long::sum);
        return total;
    }

    long views(Article article) {
        return totalFor(article).get();
    }

    private AtomicLong totalFor(Article article) {
        return totals.computeIfAbsent(article.id(), id -> new AtomicLong(article.storedViews()));
    }

    /** Post ids with their views over the last seven days (today included), most viewed first. */
    List<Map.Entry<Long, Long>> mostViewedThisWeek(int limit) {
        LocalDate since = today().minusDays(6);
        Map<Long, Long> views = new HashMap<>(repository.viewsSince(since));
        unflushedDaily.forEach((key, count) -> {
            if (!key.date().isBefore(since)) {
                views.merge(key.articleId(), count, Long::sum);
            }
        });
        return views.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(limit).collect(Collectors.toList());
    }

    void forget(long articleId) {
        totals.remove(articleId);
        unflushedTotals.remove(articleId);
        unflushedDaily.keySet().removeIf(key -> key.articleId() == articleId);
    }

    /** Writes the views counted since the last flush; on failure they stay in memory for the next one. */
    synchronized void flush() {
        Map<Long, Long> totalDeltas = drain(unflushedTotals);
        Map<DailyViewKey, Long> dailyDeltas = drain(unflushedDaily);
        if (totalDeltas.isEmpty() && dailyDeltas.isEmpty()) {
            return;
        }
        try {
            repository.addViews(totalDeltas, new HashMap<>(dailyDeltas));
        } catch (RuntimeException e) {
            LOG.warn("Could not save view counts, will retry: {}", e.toString());
            totalDeltas.forEach((id, n) -> unflushedTotals.merge(id, n, Long::sum));
            dailyDeltas.forEach((key, n) -> unflushedDaily.merge(key, n, Long::sum));
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
