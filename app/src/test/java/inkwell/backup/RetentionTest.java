package inkwell.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.views.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five weeks of a blog that runs day and night, with a clock moved by hand over a real Derby: one daily backup a
 * day however often it is checked, and afterwards 7 daily ones, the newest of each of the 4 latest weeks, and the
 * 10 newest of the others.
 */
class RetentionTest {
    @TempDir
    Path data;

    private static Set<LocalDate> days(List<Manifest> manifests, BackupReason reason) {
        return manifests.stream().filter(m -> m.reason() == reason)
                .map(m -> LocalDate.ofInstant(m.created(), ZoneOffset.UTC)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void fiveWeeksLeaveSevenDailyFourWeeklyAndTenOthers() throws Exception {
        // Monday 5 January 2026, 03:00 UTC; the 36th day is Monday 9 February.
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T03:00:00Z"));
        try (Database database = Database.open(Settings.headless(data))) {
            Backups backups = new Backups(data, clock, "test", database::backUpInto);
            int dailies = 0;
            List<String> manual = new ArrayList<>();
            for (int day = 0; day < 36; day++) {
                if (backups.dailyIfDue().isPresent()) {
                    dailies++;
                }
                clock.advance(Duration.ofHours(12));
                assertTrue(backups.dailyIfDue().isEmpty(), "one daily backup a day, on day " + day);
                if (day % 3 == 0) {
                    manual.add(backups.backUpNow(BackupReason.MANUAL).name());
                }
                clock.advance(Duration.ofHours(12));
            }
            assertEquals(36, dailies);
            List<Manifest> kept = backups.list();
            Set<LocalDate> expected = new TreeSet<>();
            for (int day = 3; day <= 9; day++) {
                expected.add(LocalDate.of(2026, 2, day));
            }
            // The newest daily one of each of the 4 latest ISO weeks: 9 and 8 February (already kept), then Sundays
            // 1 February and 25 January.
            expected.addAll(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 25)));
            assertEquals(expected, days(kept, BackupReason.DAILY));
            assertEquals(manual.subList(2, 12), kept.stream().filter(m -> m.reason() == BackupReason.MANUAL)
                    .map(Manifest::name).sorted().toList(), "the 10 newest made by hand");
            assertEquals(19, kept.size());
        }
    }

    @Test
    void aBlogLeftOffKeepsItsOlderWeeks() {
        List<BackupName> names = new ArrayList<>();
        for (String day : List.of("2025-03-03", "2025-03-04", "2025-06-10", "2025-09-01", "2025-12-01",
                "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11",
                "2026-01-12")) {
            names.add(new BackupName(Instant.parse(day + "T03:00:00Z"), BackupReason.DAILY));
        }
        List<String> deleted = new Retention(ZoneOffset.UTC).toDelete(names).stream()
                .map(name -> name.created().toString().substring(0, 10)).sorted().toList();
        // Kept: 6 to 12 January (the 7 newest; 11 January is also its week's newest), and as the weekly ones of
        // the two weeks before, 1 December and 1 September, however old.
        assertEquals(List.of("2025-03-03", "2025-03-04", "2025-06-10", "2026-01-05"), deleted);
    }
}
