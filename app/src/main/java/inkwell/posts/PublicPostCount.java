package inkwell.posts;

import jakarta.persistence.EntityManager;

/**
 * The number of public posts, kept in its own one-row table and counted again inside every write that can change
 * it, in that write's transaction: a start reads one row instead of counting (COUNT(*) reads every post's index
 * entry on Derby, about 0.1 s of CPU at 100,000 posts, on the first page's path), and a write cut short by a
 * crash leaves the count as it leaves the posts.
 */
final class PublicPostCount {
    private PublicPostCount() {
    }

    static long stored(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT POSTS FROM PUBLIC_POST_COUNT WHERE ID = 1")
                .getSingleResult()).longValue();
    }

    /** Counts the public posts as this transaction sees them (its own changes included) and keeps the figure. */
    static long recount(EntityManager em) {
        em.flush();
        long posts = em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.status = :published", Long.class)
                .setParameter("published", PostStatus.PUBLISHED.value()).getSingleResult();
        em.createNativeQuery("UPDATE PUBLIC_POST_COUNT SET POSTS = ? WHERE ID = 1").setParameter(1, posts)
                .executeUpdate();
        return posts;
    }
}
