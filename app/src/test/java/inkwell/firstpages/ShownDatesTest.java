package inkwell.firstpages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.web.view.Dates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A kept page's dates, written again as a rendering now would write them, from the templates' own markup. */
class ShownDatesTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-20T10:15:30Z");

    private static String time(Instant instant, String text) {
        return "<p>published <time datetime=\"" + Dates.iso(instant) + "\" title=\"" + Dates.exact(instant) + "\">"
                + text + "</time> by Ada</p>";
    }

    @Test
    void theOwnersRelativeDatesReadAsTheyWouldNow() {
        Instant rendered = WRITTEN.plus(Duration.ofDays(3)).plusSeconds(60);
        Instant now = rendered.plus(Duration.ofDays(1));
        String page = time(WRITTEN, Dates.relative(WRITTEN, rendered)) + time(rendered, "just now");
        assertEquals(Optional.of(time(WRITTEN, "4 days ago") + time(rendered, "yesterday")),
                ShownDates.reread(page, rendered, now));
    }

    @Test
    void aVisitorsDaysNeverAgeAndAnythingElseMakesThePageStale() {
        String days = time(WRITTEN, Dates.day(WRITTEN));
        assertEquals(Optional.of(days), ShownDates.reread(days, WRITTEN, WRITTEN.plus(Duration.ofDays(400))));
        assertTrue(ShownDates.reread("<time datetime=\"yesterday\" title=\"\">yesterday</time>", WRITTEN, WRITTEN)
                .isEmpty(), "an instant that cannot be read");
        assertTrue(ShownDates.reread(time(WRITTEN, "some other words"), WRITTEN, WRITTEN).isEmpty(),
                "a text no rendering wrote");
        assertEquals(Optional.of("<p>no dates at all</p>"), ShownDates.reread("<p>no dates at all</p>", WRITTEN,
                WRITTEN));
    }
}
