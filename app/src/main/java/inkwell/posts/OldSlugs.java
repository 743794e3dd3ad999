package inkwell.posts;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slugs a post had before it was renamed (table POST_OLD_SLUG), so that the static site can leave a redirect
 * page at each earlier address; the live server redirects any slug of a known post already. Plain SQL inside the
 * post's own write transaction: a rename and its history are saved together or not at all.
 */
final class OldSlugs {
    private OldSlugs() {
    }

    /** Records the slug a post leaves; a post renamed back to an earlier slug no longer redirects from it. */
    static void moving(EntityManager em, long postId, String from, String to) {
        if (from.equals(to)) {
            return;
        }
        em.createNativeQuery("DELETE FROM POST_OLD_SLUG WHERE ARTICLE_ID = ? AND SLUG IN (?, ?)")
                .setParameter(1, postId).setParameter(2, from).setParameter(3, to).executeUpdate();
        em.createNativeQuery("INSERT INTO POST_OLD_SLUG (ARTICLE_ID, SLUG) VALUES (?, ?)")
                .setParameter(1, postId).setParameter(2, from).executeUpdate();
    }

    /** An earlier slug a post brings with it (an import): its old address keeps working. */
    static void add(EntityManager em, long postId, String slug) {
        em.createNativeQuery("INSERT INTO POST_OLD_SLUG (ARTICLE_ID, SLUG) VALUES (?, ?)")
                .setParameter(1, postId).setParameter(2, slug).executeUpdate();
    }

    /**
     * Deleted with the post, explicitly rather than by the foreign key's cascade alone: cascades take table locks
     * in Derby (see {@link inkwell.views.ViewStore#deleteDailyViews}).
     */
    static void delete(EntityManager em, long postId) {
        em.createNativeQuery("DELETE FROM POST_OLD_SLUG WHERE ARTICLE_ID = ?").setParameter(1, postId).executeUpdate();
    }

    /** Every post's old slugs in a stable order (by post, then slug), so the site's files come out the same. */
    static Map<Long, List<String>> all(EntityManager em) {
        Map<Long, List<String>> slugs = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT ARTICLE_ID, SLUG FROM POST_OLD_SLUG ORDER BY ARTICLE_ID, SLUG")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            slugs.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>()).add((String) columns[1]);
        }
        return slugs;
    }
}
