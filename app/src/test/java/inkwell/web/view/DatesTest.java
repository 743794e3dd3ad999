package inkwell.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    private TimeZone original;

    /** exact() and day() use the computer's zone by design; pin one that is not UTC to see it applied. */
    @BeforeEach
    void pinTimeZone() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Asia/Kolkata")));
    }

    @AfterEach
    void restoreTimeZone() {
        TimeZone.setDefault(original);
    }

    @Test
    void isoIsUtcAtSecondPrecision() {
        assertEquals("2026-03-15T12:00:00Z", Dates.iso(Instant.parse("2026-03-15T12:00:00.987654Z")));
        assertEquals("1970-01-01T00:00:00Z", Dates.iso(Instant.EPOCH));
    }

    @Test
    void exactAndDayUseTheLocalZoneInEnglish() {
        assertEquals("15 March 2026, 17:30", Dates.exact(NOW));
        assertEquals("March 16, 2026", Dates.day(Instant.parse("2026-03-15T20:00:00Z")), "already the 16th in India");
    }

    @ParameterizedTest
    @CsvSource({
            "0, just now",
            "59, just now",
            "60, 1 minute ago",
            "119, 1 minute ago",
            "120, 2 minutes ago",
            "3599, 59 minutes ago",
            "3600, 1 hour ago",
            "86399, 23 hours ago",
            "86400, yesterday",
            "172799, yesterday",
            "172800, 2 days ago",
            "2591999, 29 days ago",
            "2678399, 30 days ago"})
    void relativeAgesInWords(long secondsAgo, String expected) {
        assertEquals(expected, Dates.relative(NOW.minusSeconds(secondsAgo), NOW));
    }

    @Test
    void olderThanAMonthShowsTheDay() {
        assertEquals("January 1, 2026", Dates.relative(Instant.parse("2026-01-01T00:00:00Z"), NOW));
        assertEquals(Dates.day(NOW.minus(Duration.ofDays(31))), Dates.relative(NOW.minus(Duration.ofDays(31)), NOW));
    }

    @Test
    void theFutureIsJustNow() {
        assertEquals("just now", Dates.relative(NOW.plus(Duration.ofDays(3)), NOW), "a clock set back never says -3");
    }

    @Test
    void pluralsAndThousandsSeparators() {
        assertEquals("0 views", Dates.plural(0, "view"));
        assertEquals("1 view", Dates.plural(1, "view"));
        assertEquals("2 views", Dates.plural(2, "view"));
        assertEquals("1,234,567 views", Dates.plural(1_234_567, "view"));
    }
}
