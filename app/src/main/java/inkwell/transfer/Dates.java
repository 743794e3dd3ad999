package inkwell.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The dates front matter holds: YAML timestamps (which SnakeYAML reads as dates), ISO-8601 text, Jekyll's
 * {@code 2019-05-03 10:00:00 +0200}, or a day alone. A date without a zone is taken as UTC, as YAML itself does.
 */
final class Dates {
    private static final List<DateTimeFormatter> WITH_ZONE = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z"));
    private static final List<DateTimeFormatter> LOCAL = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    private Dates() {
    }

    static Optional<Instant> of(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        for (DateTimeFormatter format : WITH_ZONE) {
            try {
                return Optional.of(OffsetDateTime.parse(text, format).toInstant());
            } catch (DateTimeParseException e) {
                // the next shape
            }
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // the next shape
            }
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
