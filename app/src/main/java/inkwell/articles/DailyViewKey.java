package inkwell.articles;

import java.time.LocalDate;

/** One post on one day, the grain at which "most read this week" is kept. */
record DailyViewKey(long articleId, LocalDate date) {
}
