package inkwell.posts;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tags in tables TAG and POST_TAG, in plain SQL inside the caller's transaction (like {@link OldSlugs}): a post
 * and its tags are saved together or not at all. A tag no post carries any more is deleted with the write that
 * left it, so the form's suggestions and the first-spelling rule only know tags in use. Readers' queries join
 * the post's status: a draft's tags are nobody's business.
 */
final class TagStore {
    private static final String PUBLIC = "a.STATUS = 'published'";

    private TagStore() {
    }

    /** Gives the post exactly these tags (slug to name, as typed); a known slug keeps its first spelling. */
    static void assign(EntityManager em, long postId, Map<String, String> tags) {
        deleteLinks(em, postId);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            long tagId = idOf(em, tag.getKey()).orElseGet(() -> insert(em, tag.getValue(), tag.getKey()));
            em.createNativeQuery("INSERT INTO POST_TAG (ARTICLE_ID, TAG_ID) VALUES (?, ?)")
                    .setParameter(1, postId).setParameter(2, tagId).executeUpdate();
        }
        deleteUnused(em);
    }

    /**
     * Deleted with the post, explicitly rather than by the foreign key's cascade alone: cascades take table locks
     * in Derby (see {@link inkwell.views.ViewStore#deleteDailyViews}).
     */
    static void delete(EntityManager em, long postId) {
        deleteLinks(em, postId);
        deleteUnused(em);
    }

    /** Each post's tags by name, for the posts asked (any status: the writer's pages show a draft's too). */
    static Map<Long, List<Tag>> of(EntityManager em, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return new TreeMap<>();
        }
        return byPost(withValues(em, "SELECT pt.ARTICLE_ID, t.NAME, t.SLUG FROM POST_TAG pt "
                + "JOIN TAG t ON t.ID = pt.TAG_ID WHERE pt.ARTICLE_ID IN (?) ORDER BY t.SLUG", postIds).getResultList());
    }

    /** The posts that carry any of the tags, by id. */
    static List<Long> postIds(EntityManager em, List<String> slugs) {
        return ((List<?>) withValues(em, "SELECT DISTINCT pt.ARTICLE_ID FROM POST_TAG pt JOIN TAG t "
                + "ON t.ID = pt.TAG_ID WHERE t.SLUG IN (?) ORDER BY pt.ARTICLE_ID", slugs).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The native query with its one {@code IN (?)} given a marker per value: EclipseLink does not expand a
     * collection in a native query.
     */
    private static jakarta.persistence.Query withValues(EntityManager em, String sql, Collection<?> values) {
        String markers = String.join(", ", Collections.nCopies(values.size(), "?"));
        jakarta.persistence.Query query = em.createNativeQuery(sql.replace("IN (?)", "IN (" + markers + ")"));
        int position = 1;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        return query;
    }

    /** Every public post's tags: the static site reads them once. */
    static Map<Long, List<Tag>> ofPublic(EntityManager em) {
        return byPost(em.createNativeQuery("SELECT pt.ARTICLE_ID, t.NAME, t.SLUG FROM POST_TAG pt "
                + "JOIN TAG t ON t.ID = pt.TAG_ID JOIN ARTICLE a ON a.ID = pt.ARTICLE_ID WHERE " + PUBLIC
                + " ORDER BY t.SLUG").getResultList());
    }

    /** Rows of (post id, name, slug) as each post's tags, in the rows' order. */
    private static Map<Long, List<Tag>> byPost(List<?> result) {
        Map<Long, List<Tag>> tags = new TreeMap<>();
        for (Object[] row : rows(result)) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new Tag((String) row[1], (String) row[2]));
        }
        return tags;
    }

    /** Every tag in use, by slug: the write form's suggestions. */
    static List<Tag> all(EntityManager em) {
        return rows(em.createNativeQuery("SELECT NAME, SLUG FROM TAG ORDER BY SLUG").getResultList()).stream()
                .map(row -> new Tag((String) row[0], (String) row[1])).toList();
    }

    /** The tags that have public posts, with how many, by slug. */
    static List<TagCount> publicCounts(EntityManager em) {
        return rows(em.createNativeQuery("SELECT t.NAME, t.SLUG, COUNT(*) FROM TAG t "
                + "JOIN POST_TAG pt ON pt.TAG_ID = t.ID JOIN ARTICLE a ON a.ID = pt.ARTICLE_ID WHERE " + PUBLIC
                + " GROUP BY t.NAME, t.SLUG ORDER BY t.SLUG").getResultList()).stream()
                .map(row -> new TagCount(new Tag((String) row[0], (String) row[1]), ((Number) row[2]).longValue()))
                .toList();
    }

    static Optional<Tag> find(EntityManager em, String slug) {
        return rows(em.createNativeQuery("SELECT NAME, SLUG FROM TAG WHERE SLUG = ?").setParameter(1, slug)
                .getResultList()).stream().map(row -> new Tag((String) row[0], (String) row[1])).findFirst();
    }

    static long publicCount(EntityManager em, String slug) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM POST_TAG pt JOIN TAG t ON t.ID = pt.TAG_ID "
                + "JOIN ARTICLE a ON a.ID = pt.ARTICLE_ID WHERE t.SLUG = ? AND " + PUBLIC)
                .setParameter(1, slug).getSingleResult()).longValue();
    }

    /** The public posts with the tag, newest published first, as readers' lists order them. */
    @SuppressWarnings("unchecked")
    static List<Post> publicPosts(EntityManager em, String slug, int offset, int limit) {
        return em.createNativeQuery("SELECT a.* FROM ARTICLE a JOIN POST_TAG pt ON pt.ARTICLE_ID = a.ID "
                        + "JOIN TAG t ON t.ID = pt.TAG_ID WHERE t.SLUG = ? AND " + PUBLIC
                        + " ORDER BY a.PUBLISHED_AT DESC, a.ID DESC", Post.class)
                .setParameter(1, slug).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Renames the tag {@code from} to {@code name}; when another tag already has that name's slug, the two are
     * merged into it (its posts keep it, {@code from}'s posts gain it) under the name as typed. The slug the tag
     * has afterwards, or empty when {@code from} does not exist.
     */
    static Optional<String> rename(EntityManager em, String from, String name) {
        Optional<Long> source = idOf(em, from);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String slug = Slugs.slugify(name);
        Optional<Long> target = idOf(em, slug);
        if (target.isEmpty() || target.equals(source)) {
            em.createNativeQuery("UPDATE TAG SET NAME = ?, SLUG = ? WHERE ID = ?")
                    .setParameter(1, name).setParameter(2, slug).setParameter(3, source.get()).executeUpdate();
            return Optional.of(slug);
        }
        em.createNativeQuery("INSERT INTO POST_TAG (ARTICLE_ID, TAG_ID) SELECT s.ARTICLE_ID, ? FROM POST_TAG s "
                        + "WHERE s.TAG_ID = ? AND NOT EXISTS (SELECT 1 FROM POST_TAG d "
                        + "WHERE d.TAG_ID = ? AND d.ARTICLE_ID = s.ARTICLE_ID)")
                .setParameter(1, target.get()).setParameter(2, source.get()).setParameter(3, target.get())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM POST_TAG WHERE TAG_ID = ?").setParameter(1, source.get()).executeUpdate();
        em.createNativeQuery("DELETE FROM TAG WHERE ID = ?").setParameter(1, source.get()).executeUpdate();
        em.createNativeQuery("UPDATE TAG SET NAME = ? WHERE ID = ?")
                .setParameter(1, name).setParameter(2, target.get()).executeUpdate();
        return Optional.of(slug);
    }

    private static void deleteLinks(EntityManager em, long postId) {
        em.createNativeQuery("DELETE FROM POST_TAG WHERE ARTICLE_ID = ?").setParameter(1, postId).executeUpdate();
    }

    private static void deleteUnused(EntityManager em) {
        em.createNativeQuery("DELETE FROM TAG WHERE NOT EXISTS (SELECT 1 FROM POST_TAG pt WHERE pt.TAG_ID = TAG.ID)")
                .executeUpdate();
    }

    private static Optional<Long> idOf(EntityManager em, String slug) {
        List<?> ids = em.createNativeQuery("SELECT ID FROM TAG WHERE SLUG = ?").setParameter(1, slug).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    private static long insert(EntityManager em, String name, String slug) {
        em.createNativeQuery("INSERT INTO TAG (NAME, SLUG) VALUES (?, ?)")
                .setParameter(1, name).setParameter(2, slug).executeUpdate();
        return idOf(em, slug).orElseThrow();
    }

    private static List<Object[]> rows(List<?> result) {
        return result.stream().map(row -> (Object[]) row).toList();
    }
}
