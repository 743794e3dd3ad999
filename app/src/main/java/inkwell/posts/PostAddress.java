package inkwell.posts;

import java.time.Instant;

/** Where a post lives and when it last changed: a sitemap line. */
public record PostAddress(String path, Instant updated) {
}
