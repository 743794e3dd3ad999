package inkwell.backup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup's folder name, such as {@code 2026-12-02_002519.123Z_before-import}: the time in UTC first, so that
 * names sort by time, then why. Only names of this exact shape are ever looked up, which keeps {@code ../} and
 * any other path out of the backups folder.
 */
record BackupName(Instant created, BackupReason reason) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd_HHmmss.SSS'Z'");
    private static final Pattern SHAPE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{6}\\.\\d{3}Z)_([a-z-]{5,20})");

    BackupName {
        created = created.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    static Optional<BackupName> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofWord(matcher.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant created = LocalDateTime.parse(matcher.group(1), TIME).toInstant(ZoneOffset.UTC);
            return Optional.of(new BackupName(created, reason.get()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return TIME.format(created.atOffset(ZoneOffset.UTC)) + "_" + reason.word();
    }
}
