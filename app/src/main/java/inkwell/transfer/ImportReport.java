package inkwell.transfer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What an import brings or brought: each post with its status, date and slug (and why its slug changed), the
 * images, whether the site's settings come too, how many of the posts' old addresses are kept as redirects, and
 * every item skipped with its reason. The Import page shows it before and after; the command line prints
 * {@link #text}.
 */
public record ImportReport(String kind, boolean written, List<Item> posts, int images, boolean settings,
                           int oldAddresses, List<Skipped> skipped) {

    /** One post: {@code note} says how its slug or tags were changed, empty when they were not. */
    public record Item(String title, String status, Instant date, String slug, String note) {
        public String dateText() {
            return date == null ? "" : date.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ')
                    .replace("Z", " UTC");
        }
    }

    public String summary() {
        return String.format("%s: %,d %s, %,d %s%s%s", kind, posts.size(), posts.size() == 1 ? "post" : "posts",
                images, images == 1 ? "image" : "images", (settings ? ", the site's settings" : "")
                        + (oldAddresses == 0 ? "" : String.format(", %,d old %s kept as redirects", oldAddresses,
                        oldAddresses == 1 ? "address" : "addresses")),
                skipped.isEmpty() ? "" : String.format("; %,d skipped", skipped.size()));
    }

    /** The report as plain lines, for the command line. */
    public String text() {
        StringBuilder text = new StringBuilder((written ? "Imported " : "Would import ") + summary() + ".\n");
        for (Item post : posts) {
            text.append("  ").append(post.status()).append("  ").append(post.dateText()).append("  ")
                    .append(post.slug()).append("  ").append(post.title())
                    .append(post.note().isEmpty() ? "" : "  (" + post.note() + ")").append('\n');
        }
        for (Skipped skip : skipped) {
            text.append("  skipped  ").append(skip.item()).append(": ").append(skip.reason()).append('\n');
        }
        return text.toString();
    }
}
