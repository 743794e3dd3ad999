package inkwell.web.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as pages show them: "3 days ago" for people, ISO-8601 for machines, the exact date on hover. */
public final class Dates {
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH);

    private Dates() {
    }

    /** For {@code <time datetime>} and OpenGraph: always UTC, second precision. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The computer's own time zone: this blog runs on the writer's machine. */
    public static String exact(Instant instant) {
        return EXACT.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String relative(Instant instant) {
        return relative(instant, Instant.now());
    }

    /** As {@link #relative(Instant)} would say it at {@code now}. */
    public static String relative(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute") + " ago";
        }
        if (seconds < 86_400) {
            return plural(seconds / 3600, "hour") + " ago";
        }
        long days = seconds / 86_400;
        if (days == 1) {
            return "yesterday";
        }
        if (days < 31) {
            return days + " days ago";
        }
        return day(instant);
    }

    public static String plural(long count, String unit) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, unit, count == 1 ? "" : "s");
    }
}
