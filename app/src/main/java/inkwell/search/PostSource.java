package inkwell.search;

import inkwell.posts.PublicPosts;
import inkwell.posts.PublishedPost;
import java.util.List;
import java.util.Optional;

/** Where the index reads the public posts from: the database, or a list in a test of the index alone. */
interface PostSource {
    Optional<PublishedPost> find(long id);

    List<PublishedPost> after(long afterId, int limit);

    String fingerprint();

    static PostSource of(PublicPosts posts) {
        return new PostSource() {
            @Override
            public Optional<PublishedPost> find(long id) {
                return posts.find(id);
            }

            @Override
            public List<PublishedPost> after(long afterId, int limit) {
                return posts.after(afterId, limit);
            }

            @Override
            public String fingerprint() {
                return posts.fingerprint();
            }
        };
    }
}
