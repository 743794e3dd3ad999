package inkwell.search;

import inkwell.posts.PublishedPost;
import java.util.List;

/** A public post as the index takes it: what a reader sees of it, and the names of its tags. */
record IndexedPost(PublishedPost post, List<String> tags) {
    IndexedPost {
        tags = List.copyOf(tags);
    }

    long id() {
        return post.id();
    }
}
