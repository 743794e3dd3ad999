package inkwell.posts;

/** A tag and how many public posts carry it. */
public record TagCount(Tag tag, long posts) {
}
