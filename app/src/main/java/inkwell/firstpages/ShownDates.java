package inkwell.firstpages;

import inkwell.web.view.Dates;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a kept page shows, as a rendering now would show them. The templates write every date as
 * {@code <time datetime="…" title="…">text</time>}: a visitor's text is the day, which never ages; the owner's is
 * relative ("3 days ago"), which a rendering now would write from the same instant and the present time, so it
 * is written again here. A text that is neither (or an instant that cannot be read) makes the page stale.
 */
final class ShownDates {
    private static final Pattern TIME =
            Pattern.compile("(<time datetime=\"([^\"]{1,40})\"[^>]{0,200}>)([^<]{0,80})</time>");

    private ShownDates() {
    }

    /** The page with its dates as they read at {@code now}; empty when one cannot be read again. */
    static Optional<String> reread(String page, Instant renderedAt, Instant now) {
        Matcher time = TIME.matcher(page);
        StringBuilder out = new StringBuilder(page.length());
        while (time.find()) {
            Instant shown;
            try {
                shown = Instant.parse(time.group(2));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            String text = time.group(3);
            String reads;
            if (text.equals(Dates.day(shown))) {
                reads = text;
            } else if (text.equals(Dates.relative(shown, renderedAt))) {
                reads = Dates.relative(shown, now);
            } else {
                return Optional.empty();
            }
            time.appendReplacement(out, Matcher.quoteReplacement(time.group(1) + reads + "</time>"));
        }
        time.appendTail(out);
        return Optional.of(out.toString());
    }
}
