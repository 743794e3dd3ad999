package inkwell.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which revisions a post's history lets go, as its autosaves age. The rule (the README says it too):
 * <ul>
 * <li>autosaves of the last 10 minutes are all kept; up to an hour old, the newest of each minute; up to a day
 * old, the newest of each 10 minutes; older, the newest of each day (UTC);</li>
 * <li>manual saves and restores are not thinned;</li>
 * <li>a post keeps at most {@link #MAX_AUTOSAVES} autosaves and {@link #MAX_MANUAL} manual saves (restores
 * included), the oldest going first, so one post's history holds at most 1,000 revisions whatever a client
 * sends.</li>
 * </ul>
 * Slots are fixed (minutes since the epoch, not since the newest save), so thinning twice deletes nothing more,
 * and the newest autosave (the text a reopened editor offers) is always kept.
 */
final class RevisionThinning {
    static final int MAX_AUTOSAVES = 400;
    static final int MAX_MANUAL = 600;

    /** Autosaves younger than {@code age} keep the newest of each {@code slot}; a zero slot keeps every one. */
    private record Tier(Duration age, Duration slot) {
    }

    private static final List<Tier> TIERS = List.of(
            new Tier(Duration.ofMinutes(10), Duration.ZERO),
            new Tier(Duration.ofHours(1), Duration.ofMinutes(1)),
            new Tier(Duration.ofDays(1), Duration.ofMinutes(10)));
    private static final Duration OLDER = Duration.ofDays(1);

    /** A revision as thinning sees it. */
    record Entry(long id, RevisionKind kind, Instant savedAt) {
        boolean autosave() {
            return kind == RevisionKind.AUTOSAVE;
        }
    }

    private RevisionThinning() {
    }

    /** The ids of the revisions to delete from a post's history, as it stands at {@code now}. */
    static Set<Long> toDelete(List<Entry> history, Instant now) {
        List<Entry> newestFirst = new ArrayList<>(history);
        newestFirst.sort(Comparator.comparing(Entry::savedAt).thenComparing(Entry::id).reversed());
        Set<Long> deleted = new HashSet<>();
        Set<String> slotsTaken = new HashSet<>();
        List<Entry> autosaves = new ArrayList<>();
        List<Entry> manual = new ArrayList<>();
        for (Entry entry : newestFirst) {
            if (!entry.autosave()) {
                manual.add(entry);
            } else if (slot(entry.savedAt(), now).map(slotsTaken::add).orElse(true)) {
                autosaves.add(entry);
            } else {
                deleted.add(entry.id());
            }
        }
        keepNewest(autosaves, MAX_AUTOSAVES, deleted);
        keepNewest(manual, MAX_MANUAL, deleted);
        return deleted;
    }

    private static void keepNewest(List<Entry> newestFirst, int max, Set<Long> deleted) {
        newestFirst.stream().skip(max).forEach(entry -> deleted.add(entry.id()));
    }

    /**
     * The slot an autosave of this age competes for; empty when it is young enough to be kept whatever. A
     * revision saved "in the future" (the clock set back) counts as new.
     */
    private static Optional<String> slot(Instant savedAt, Instant now) {
        Duration age = Duration.between(savedAt, now);
        Duration slot = TIERS.stream().filter(tier -> age.compareTo(tier.age()) < 0).map(Tier::slot).findFirst()
                .orElse(OLDER);
        if (slot.isZero()) {
            return Optional.empty();
        }
        return Optional.of(slot + "#" + Math.floorDiv(savedAt.getEpochSecond(), slot.toSeconds()));
    }
}
