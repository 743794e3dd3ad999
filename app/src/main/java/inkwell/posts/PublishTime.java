package inkwell.posts;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The "publish at" field: a local date and time as a {@code datetime-local} input sends it
 * ({@code 2026-12-24T09:00}, seconds allowed), in this computer's time zone, because the writer sits at it.
 */
final class PublishTime {
    /** A schedule years away is a typo (2062 for 2026), not a plan. */
    static final Duration FURTHEST = Duration.ofDays(3653);
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private PublishTime() {
    }

    /** The instant the field names; empty when it names none (a wrong date, say, or no text at all). */
    static Optional<Instant> parse(String field, ZoneId zone) {
        if (field == null || field.isBlank() || field.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(field.strip()).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The field's value for a time, to the minute, as the input shows it. */
    static String field(Instant instant, ZoneId zone) {
        return FIELD.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), zone));
    }

    /** What is wrong with a time to schedule for; empty when it can be used. */
    static Optional<String> problem(String field, Instant now, ZoneId zone) {
        if (field == null || field.isBlank()) {
            return Optional.of("Choose when to publish it.");
        }
        Optional<Instant> at = parse(field, zone);
        if (at.isEmpty()) {
            return Optional.of("Enter a date and a time, like 2026-12-24T09:00.");
        }
        if (!at.get().isAfter(now)) {
            return Optional.of("That time has passed: choose a later one, or press Publish.");
        }
        if (at.get().isAfter(now.plus(FURTHEST))) {
            return Optional.of("Choose a time within the next ten years.");
        }
        return Optional.empty();
    }
}
