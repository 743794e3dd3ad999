package inkwell.firstpages;

import inkwell.web.view.Dates;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the dates a page shows still read the same now: "3 days ago" written yesterday says "4 days ago" today.
 * Every {@code <time datetime="…">text</time>} is checked against what the page would say if rendered now (the
 * relative form for the owner, the day for visitors); one that would read differently makes the page stale.
 */
final class ShownDates {
    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]{1,40})\"[^>]{0,200}>([^<]{0,80})</time>");

    private ShownDates() {
    }

    static boolean stillRead(String page, Instant now) {
        Matcher time = TIME.matcher(page);
        while (time.find()) {
            Instant shown;
            try {
                shown = Instant.parse(time.group(1));
            } catch (DateTimeParseException e) {
                return false;
            }
            String text = time.group(2);
            if (!text.equals(Dates.relative(shown, now)) && !text.equals(Dates.day(shown))) {
                return false;
            }
        }
        return true;
    }
}
