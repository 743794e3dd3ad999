package inkwell.posts;

import inkwell.views.ViewStore;
import inkwell.storage.Database;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Stores and finds posts. Each call is one unit of work with its own EntityManager. The number of posts is
 * kept in memory (counted once at start) because COUNT(*) scans the table on Derby.
 */
final class PostRepository {
    private final Database database;
    private final AtomicLong count;

    PostRepository(Database database) {
        this.database = database;
        this.count = new AtomicLong(database.read(em ->
                em.createQuery("SELECT COUNT(p) FROM Post p", Long.class).getSingleResult()));
    }

    long count() {
        return count.get();
    }

    Optional<Post> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(Post.class, id)));
    }

    Optional<StoredPost> findWithBody(long id) {
        return database.read(em -> {
            Post post = em.find(Post.class, id);
            PostBody body = post == null ? null : em.find(PostBody.class, id);
            return body == null ? Optional.empty() : Optional.of(new StoredPost(post, body));
        });
    }

    List<Post> newest(int offset, int limit) {
        return database.read(em -> em.createQuery(
                        "SELECT p FROM Post p ORDER BY p.createdAt DESC, p.id DESC", Post.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** Newest first, with their bodies: what a feed shows in full. */
    List<StoredPost> newestWithBodies(int limit) {
        return database.read(em -> {
            List<Post> posts = em.createQuery("SELECT p FROM Post p ORDER BY p.createdAt DESC, p.id DESC", Post.class)
                    .setMaxResults(limit).getResultList();
            return posts.stream().map(post -> new StoredPost(post, em.find(PostBody.class, post.id()))).toList();
        });
    }

    /** Every post's address and last change, newest first, without loading whole entities. */
    List<Object[]> addresses(int limit) {
        return database.read(em -> em.createQuery(
                        "SELECT p.id, p.slug, p.updatedAt FROM Post p ORDER BY p.createdAt DESC, p.id DESC", Object[].class)
                .setMaxResults(limit).getResultList());
    }

    /** Bodies by post id, one query for the lot: the static site reads them a batch at a time. */
    Map<Long, PostBody> bodies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(em -> em.createQuery("SELECT b FROM PostBody b WHERE b.postId IN :ids", PostBody.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(PostBody::postId, body -> body)));
    }

    /** Every post's earlier slugs, by post id. */
    Map<Long, List<String>> oldSlugs() {
        return database.read(OldSlugs::all);
    }

    List<Post> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class)
                .setParameter("ids", ids).getResultList());
    }

    Post create(PostContent content, Instant now) {
        Post created = database.write(em -> {
            Post post = new Post(content, now);
            em.persist(post);
            em.flush(); // assigns the identity the body needs
            em.persist(new PostBody(post.id(), content));
            return post;
        });
        count.incrementAndGet();
        return created;
    }

    Optional<Post> update(long id, PostContent content, Instant now) {
        return database.write(em -> {
            Post post = em.find(Post.class, id);
            PostBody body = em.find(PostBody.class, id);
            if (post == null || body == null) {
                return Optional.empty();
            }
            OldSlugs.moving(em, id, post.slug(), content.slug());
            post.apply(content, now);
            body.apply(content);
            return Optional.of(post);
        });
    }

    boolean delete(long id) {
        boolean deleted = database.write(em -> {
            Post post = em.find(Post.class, id);
            if (post == null) {
                return false;
            }
            ViewStore.deleteDailyViews(em, id);
            OldSlugs.delete(em, id);
            PostBody body = em.find(PostBody.class, id);
            if (body != null) {
                em.remove(body);
                em.flush();
            }
            em.remove(post);
            return true;
        });
        if (deleted) {
            count.decrementAndGet();
        }
        return deleted;
    }

    record StoredPost(Post post, PostBody body) {
    }
}
