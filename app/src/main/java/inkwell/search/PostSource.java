package inkwell.search;

import inkwell.posts.PublicPosts;
import inkwell.posts.PublishedPost;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the index reads the public posts from: the database, or a list in a test of the index alone. */
interface PostSource {
    Optional<IndexedPost> find(long id);

    List<IndexedPost> after(long afterId, int limit);

    String fingerprint();

    static PostSource of(PublicPosts posts) {
        return new PostSource() {
            @Override
            public Optional<IndexedPost> find(long id) {
                return posts.find(id).map(post -> withTags(List.of(post)).get(0));
            }

            @Override
            public List<IndexedPost> after(long afterId, int limit) {
                return withTags(posts.after(afterId, limit));
            }

            private List<IndexedPost> withTags(List<PublishedPost> batch) {
                Map<Long, List<String>> tags = posts.tagNames(batch.stream().map(PublishedPost::id).toList());
                return batch.stream().map(post -> new IndexedPost(post, tags.getOrDefault(post.id(), List.of())))
                        .toList();
            }

            @Override
            public String fingerprint() {
                return posts.fingerprint();
            }
        };
    }
}
