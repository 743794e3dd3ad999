package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.views.MutableClock;
import inkwell.views.ViewCounter;
import inkwell.web.cache.PageCache;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thinning rule, on a clock the test moves: autosaves all kept for 10 minutes, then one a minute up to an
 * hour, one per 10 minutes up to a day, one a day after; manual saves all kept; at most 400 autosaves and 600 manual saves. Once as a
 * rule, once through the real service and Derby over three days of autosaves.
 */
class RevisionThinningTest {
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    @TempDir
    Path dataDir;

    private static RevisionThinning.Entry autosave(long id, Instant at) {
        return new RevisionThinning.Entry(id, RevisionKind.AUTOSAVE, at);
    }

    @Test
    void theRuleKeepsEveryRecentAutosaveThenOnePerSlotAndEveryManualSave() {
        List<RevisionThinning.Entry> history = new ArrayList<>();
        long id = 0;
        // One autosave every 20 s for the last three days, and a manual save every 6 hours.
        for (Instant at = NOW.minus(Duration.ofDays(3)); !at.isAfter(NOW); at = at.plusSeconds(20)) {
            history.add(autosave(++id, at));
            if (at.getEpochSecond() % (6 * 3600) == 0) {
                history.add(new RevisionThinning.Entry(++id, RevisionKind.MANUAL, at));
            }
        }
        Set<Long> deleted = RevisionThinning.toDelete(history, NOW);
        List<RevisionThinning.Entry> kept = history.stream().filter(entry -> !deleted.contains(entry.id())).toList();
        List<RevisionThinning.Entry> autosaves = kept.stream().filter(RevisionThinning.Entry::autosave).toList();
        assertEquals(history.stream().filter(entry -> !entry.autosave()).count(),
                kept.stream().filter(entry -> !entry.autosave()).count(), "every manual save is kept");
        assertEquals(30, count(autosaves, Duration.ZERO, Duration.ofMinutes(10)), "all of the last 10 minutes");
        // Slots are whole minutes since the epoch: 50 minutes of ages touch 50 or 51 of them.
        assertTrue(Math.abs(count(autosaves, Duration.ofMinutes(10), Duration.ofHours(1)) - 50) <= 1,
                "one a minute up to an hour");
        assertTrue(Math.abs(count(autosaves, Duration.ofHours(1), Duration.ofDays(1)) - 138) <= 1,
                "one per 10 minutes up to a day");
        assertTrue(count(autosaves, Duration.ofDays(1), Duration.ofDays(4)) <= 3, "one a day after that");
        assertTrue(autosaves.size() <= RevisionThinning.MAX_AUTOSAVES);
        assertTrue(kept.contains(history.get(history.size() - 1)), "the newest autosave is kept");
        assertEquals(Set.of(), RevisionThinning.toDelete(kept, NOW), "thinning twice deletes nothing more");
    }

    @Test
    void aPostKeepsAtMostItsCapOfAutosavesAndOfManualSaves() {
        List<RevisionThinning.Entry> history = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            history.add(autosave(id, NOW.minusSeconds(500 - id))); // all in the last 10 minutes
        }
        for (long id = 501; id <= 1400; id++) {
            history.add(new RevisionThinning.Entry(id, RevisionKind.MANUAL, NOW.minusSeconds(1400 - id)));
        }
        Set<Long> deleted = RevisionThinning.toDelete(history, NOW);
        assertEquals(100 + 300, deleted.size());
        assertTrue(deleted.containsAll(Set.of(1L, 100L, 501L, 800L)), "the oldest go");
        assertTrue(!deleted.contains(101L) && !deleted.contains(500L) && !deleted.contains(801L), "the newest stay");
    }

    @Test
    void threeDaysOfAutosavesThroughTheServiceAndDerbyAreThinnedAsTheClockMoves() throws Exception {
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(3)));
        try (Database database = Database.open(Settings.headless(dataDir))) {
            Posts posts = new Posts(database, new ViewCounter(database, clock), clock, new PageCache());
            Revisions revisions = new Revisions(database, posts, clock);
            Post post = posts.create(new PostDraft("Thinned", "Ada", "Version 0."));
            int sent = 0;
            while (clock.instant().isBefore(NOW)) {
                clock.advance(Duration.ofMinutes(4));
                revisions.autosave(post.id(), new PostDraft("Thinned", "Ada", "Version " + ++sent + ".")).orElseThrow();
                if (sent % 100 == 0) {
                    posts.update(post.id(), new PostDraft("Thinned", "Ada", "Manual " + sent + "."));
                }
            }
            for (int i = 0; i < 12; i++) { // the last two minutes: every 10 s
                clock.advance(Duration.ofSeconds(10));
                revisions.autosave(post.id(), new PostDraft("Thinned", "Ada", "Last " + i + ".")).orElseThrow();
            }
            Instant now = clock.instant();
            List<Object[]> history = revisions.history(post.id());
            Map<String, List<Instant>> byKind = history.stream().collect(Collectors.groupingBy(row -> (String) row[1],
                    Collectors.mapping(row -> ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC), Collectors.toList())));
            assertEquals(1 + sent / 100, byKind.get("manual").size(), "the first save and every manual save kept");
            List<RevisionThinning.Entry> autosaves = byKind.get("autosave").stream()
                    .map(at -> autosave(0, at)).toList();
            assertEquals(12 + 2, count(autosaves, Duration.ZERO, Duration.ofMinutes(10), now),
                    "every autosave of the last 10 minutes: " + byKind.get("autosave"));
            assertTrue(count(autosaves, Duration.ofHours(1), Duration.ofDays(1), now) <= 6 * 23 + 1);
            assertTrue(count(autosaves, Duration.ofDays(1), Duration.ofDays(4), now) <= 3);
            assertTrue(sent > 1000 && autosaves.size() < 250, sent + " autosaves sent, " + autosaves.size() + " kept");
            assertEquals("Last 11.", revisions.revision(post.id(), (Long) history.get(0)[0]).orElseThrow().text()
                    .content(), "the newest is kept");
        }
    }

    private static long count(List<RevisionThinning.Entry> entries, Duration from, Duration to) {
        return count(entries, from, to, NOW);
    }

    private static long count(List<RevisionThinning.Entry> entries, Duration from, Duration to, Instant now) {
        Function<RevisionThinning.Entry, Duration> age = entry -> Duration.between(entry.savedAt(), now);
        return entries.stream().filter(entry -> age.apply(entry).compareTo(from) >= 0
                && age.apply(entry).compareTo(to) < 0).count();
    }
}
