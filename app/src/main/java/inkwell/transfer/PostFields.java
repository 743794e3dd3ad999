package inkwell.transfer;

import inkwell.posts.FullPost;
import inkwell.posts.PostStatus;
import java.time.Instant;
import java.util.List;

/**
 * How every source's post becomes Inkwell's: a draft stays a draft (no publish date); a post with a date to come
 * is scheduled for it; any other is published at its date. A post with no date at all takes the import's moment;
 * its creation is the earlier of its date and its last change.
 */
final class PostFields {
    private PostFields() {
    }

    static FullPost post(String title, String slug, String author, boolean draft, Instant date, Instant updated,
                         String markdown, List<String> tags, List<String> oldSlugs, Instant now) {
        Instant when = date != null ? date : updated != null ? updated : now;
        Instant changed = updated != null ? updated : when;
        PostStatus status = draft ? PostStatus.DRAFT : when.isAfter(now) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
        Instant created = when.isBefore(changed) ? when : changed;
        return new FullPost(0, title, slug, author, status, created, changed, draft ? null : when, markdown, tags,
                oldSlugs);
    }

    /** "my-first-post" as a title when a source gives none: "My first post". */
    static String titleOf(String slug) {
        String words = slug.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
