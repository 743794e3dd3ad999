package inkwell.posts;

import java.util.List;

/** A tag and its newest public posts in full: what the tag's feed shows. */
public record TaggedPosts(Tag tag, List<PublishedPost> posts) {
}
