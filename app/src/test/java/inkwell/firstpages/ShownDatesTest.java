package inkwell.firstpages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.web.view.Dates;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A kept page's dates are checked against what a rendering now would say, as the templates write them. */
class ShownDatesTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-20T10:15:30Z");

    private static String time(Instant instant, String text) {
        return "<p>published <time datetime=\"" + Dates.iso(instant) + "\" title=\"" + Dates.exact(instant) + "\">"
                + text + "</time></p>";
    }

    @Test
    void relativeDatesHoldUntilTheyWouldReadDifferently() {
        Instant rendered = WRITTEN.plus(Duration.ofDays(3)).plusSeconds(60);
        String page = time(WRITTEN, Dates.relative(WRITTEN, rendered));
        assertTrue(ShownDates.stillRead(page, rendered.plus(Duration.ofHours(20))), "still 3 days ago");
        assertFalse(ShownDates.stillRead(page, rendered.plus(Duration.ofDays(1))), "4 days ago now");
        String justNow = time(rendered, Dates.relative(rendered, rendered));
        assertFalse(ShownDates.stillRead(justNow, rendered.plus(Duration.ofMinutes(2))), "2 minutes ago now");
    }

    @Test
    void aVisitorsDaysNeverAgeAndAnythingUnreadableIsStale() {
        assertTrue(ShownDates.stillRead(time(WRITTEN, Dates.day(WRITTEN)), WRITTEN.plus(Duration.ofDays(400))));
        assertFalse(ShownDates.stillRead("<time datetime=\"yesterday\" title=\"\">yesterday</time>", WRITTEN));
        assertFalse(ShownDates.stillRead(time(WRITTEN, "some other words"), WRITTEN));
        assertTrue(ShownDates.stillRead("<p>no dates at all</p>", WRITTEN));
    }
}
