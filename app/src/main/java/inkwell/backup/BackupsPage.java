package inkwell.backup;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Backups page: the backups, newest first, with their dates in the computer's zone. {@code available} is false
 * on PostgreSQL, whose backups are pg_dump's; {@code notice} says how the last action went.
 */
public record BackupsPage(boolean available, List<Row> backups, String csrf, String notice, boolean failed)
        implements PageModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    /** One backup as listed. */
    public record Row(String name, String date, String isoDate, String reason, String size, String posts,
                      String restorePath) {
        static Row of(Manifest manifest) {
            return new Row(manifest.name(), BackupsPage.date(manifest), manifest.created().toString(), manifest.reason().label(),
                    manifest.megabytes(), String.format("%,d", manifest.posts()),
                    Routes.BACKUP_RESTORE.replace("{name}", manifest.name()));
        }
    }

    static String date(Manifest manifest) {
        return DATE.format(manifest.created().atZone(ZoneId.systemDefault()));
    }

    public String notDerby() {
        return BackupPages.NOT_DERBY;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Backups", Routes.BACKUPS);
    }
}
