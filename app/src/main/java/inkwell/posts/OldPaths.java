package inkwell.posts;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The addresses a post had on another blog (table POST_OLD_PATH: path → post, each path one post's), kept as
 * redirects: see {@link OldAddresses} for their form. Plain SQL inside the caller's transaction, like
 * {@link OldSlugs}.
 */
final class OldPaths {
    private OldPaths() {
    }

    static void add(EntityManager em, long postId, String path) {
        em.createNativeQuery("INSERT INTO POST_OLD_PATH (OLD_PATH, ARTICLE_ID) VALUES (?, ?)")
                .setParameter(1, path).setParameter(2, postId).executeUpdate();
    }

    /** Deleted with the post, explicitly: cascades take table locks in Derby (see {@link OldSlugs#delete}). */
    static void delete(EntityManager em, long postId) {
        em.createNativeQuery("DELETE FROM POST_OLD_PATH WHERE ARTICLE_ID = ?").setParameter(1, postId)
                .executeUpdate();
    }

    /** The post an old address leads to, by the table's primary key. */
    static Optional<Long> post(EntityManager em, String path) {
        List<?> ids = em.createNativeQuery("SELECT ARTICLE_ID FROM POST_OLD_PATH WHERE OLD_PATH = ?")
                .setParameter(1, path).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** Every address already kept, so that an import never gives one path to two posts. */
    static Set<String> taken(EntityManager em) {
        Set<String> paths = new HashSet<>();
        for (Object path : em.createNativeQuery("SELECT OLD_PATH FROM POST_OLD_PATH").getResultList()) {
            paths.add((String) path);
        }
        return paths;
    }

    /** Every post's old addresses in a stable order (by post, then path by code unit), so exports come out the same. */
    static Map<Long, List<String>> all(EntityManager em) {
        Map<Long, List<String>> paths = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT ARTICLE_ID, OLD_PATH FROM POST_OLD_PATH").getResultList()) {
            Object[] columns = (Object[]) row;
            paths.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>()).add((String) columns[1]);
        }
        // Sorted here, not by ORDER BY: PostgreSQL's collation orders text unlike Derby, and exports must match.
        paths.values().forEach(java.util.Collections::sort);
        return paths;
    }
}
