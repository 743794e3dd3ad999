package inkwell.backup;

import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups are kept: the newest {@value #DAILY} daily ones, the newest daily one of each of the
 * {@value #WEEKLY} most recent ISO weeks that have one (weeks in the computer's zone; a blog left off for a month
 * keeps its older weeks rather than none), and the newest {@value #OTHERS} of the others (by hand, before an
 * import, a restore or an upgrade) together.
 */
final class Retention {
    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int OTHERS = 10;

    private final ZoneId zone;

    Retention(ZoneId zone) {
        this.zone = zone;
    }

    List<BackupName> toDelete(List<BackupName> all) {
        List<BackupName> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparing(BackupName::created).reversed());
        Set<BackupName> keep = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        int dailies = 0;
        int others = 0;
        for (BackupName name : newestFirst) {
            if (name.reason() != BackupReason.DAILY) {
                if (others++ < OTHERS) {
                    keep.add(name);
                }
                continue;
            }
            if (dailies++ < DAILY) {
                keep.add(name);
            }
            long week = isoWeek(name);
            if (!weeks.contains(week) && weeks.size() < WEEKLY) {
                weeks.add(week);
                keep.add(name);
            }
        }
        List<BackupName> delete = new ArrayList<>(newestFirst);
        delete.removeAll(keep);
        return delete;
    }

    private long isoWeek(BackupName name) {
        var date = name.created().atZone(zone).toLocalDate();
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100L + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
