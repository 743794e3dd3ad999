package inkwell.views;

import java.time.LocalDate;

/** One post on one day, the grain at which "most read this week" is kept. */
record DailyViewKey(long postId, LocalDate date) {
}
