package inkwell.posts;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Revisions in table POST_REVISION, inside the caller's transaction: a manual save and its revision are written
 * together or not at all (like {@link OldSlugs} and {@link TagStore}). Every write thins the post's history by
 * {@link RevisionThinning}, so no post's history grows past its caps.
 */
final class RevisionStore {
    private RevisionStore() {
    }

    /**
     * Records the text as a revision of the post and returns it. Nothing new is written for a text the newest
     * revision already holds, unless it marks a manual save after autosaves (the text is then saved, not merely
     * autosaved); the newest revision is returned instead. The history is thinned first, as if the new revision
     * were in it (it is the newest: thinning never takes it), and the revision is left for the commit to write,
     * after every statement: its id is known once the transaction commits.
     */
    static Revision record(EntityManager em, long postId, RevisionKind kind, RevisionText text, Instant now) {
        Optional<Revision> newest = newest(em, postId);
        if (newest.isPresent() && newest.get().text().sameAs(text)
                && (kind == RevisionKind.AUTOSAVE || newest.get().kind() != RevisionKind.AUTOSAVE)) {
            return newest.get();
        }
        thin(em, postId, new RevisionThinning.Entry(Long.MAX_VALUE, kind, now), now);
        Revision revision = new Revision(postId, kind, text, now);
        em.persist(revision);
        return revision;
    }

    static Optional<Revision> newest(EntityManager em, long postId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.postId = :post ORDER BY r.id DESC", Revision.class)
                .setParameter("post", postId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** A revision of this post; empty for an unknown revision or one of another post. */
    static Optional<Revision> find(EntityManager em, long postId, long revisionId) {
        return Optional.ofNullable(em.find(Revision.class, revisionId)).filter(found -> found.postId() == postId);
    }

    /** The post's history, newest first, without the texts: id, kind, saved at, title, characters, words. */
    static List<Object[]> history(EntityManager em, long postId) {
        return em.createQuery("SELECT r.id, r.kind, r.savedAt, r.title, r.chars, r.words FROM Revision r "
                + "WHERE r.postId = :post ORDER BY r.id DESC", Object[].class)
                .setParameter("post", postId).getResultList();
    }

    /** The autosaves since the last manual save stay in the history but are no longer offered. */
    static void dismissUnsaved(EntityManager em, long postId) {
        List<Revision> newestFirst = em.createQuery("SELECT r FROM Revision r WHERE r.postId = :post "
                        + "ORDER BY r.id DESC", Revision.class).setParameter("post", postId).getResultList();
        for (Revision revision : newestFirst) {
            if (revision.kind() != RevisionKind.AUTOSAVE) {
                return;
            }
            revision.dismiss();
        }
    }

    /** Deleted with the post, explicitly: cascades take table locks in Derby (see {@link OldSlugs#delete}). */
    static void delete(EntityManager em, long postId) {
        em.createNativeQuery("DELETE FROM POST_REVISION WHERE ARTICLE_ID = ?").setParameter(1, postId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM POST_AUTOSAVE_KEY WHERE ARTICLE_ID = ?").setParameter(1, postId)
                .executeUpdate();
    }

    private static void thin(EntityManager em, long postId, RevisionThinning.Entry coming, Instant now) {
        List<RevisionThinning.Entry> entries = new java.util.ArrayList<>(em.createQuery("SELECT r.id, r.kind, r.savedAt FROM Revision r "
                        + "WHERE r.postId = :post", Object[].class).setParameter("post", postId).getResultList()
                .stream().map(row -> new RevisionThinning.Entry((Long) row[0], RevisionKind.ofStored((String) row[1]),
                        ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC))).toList());
        entries.add(coming);
        Set<Long> gone = RevisionThinning.toDelete(entries, now);
        gone.remove(coming.id());
        if (!gone.isEmpty()) {
            em.createQuery("DELETE FROM Revision r WHERE r.id IN :ids").setParameter("ids", gone).executeUpdate();
        }
    }

    /** The post a new post's form key made, if it made one. */
    static Optional<Long> postForKey(EntityManager em, String key) {
        List<?> rows = em.createNativeQuery("SELECT ARTICLE_ID FROM POST_AUTOSAVE_KEY WHERE KEY_TEXT = ?")
                .setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    static void rememberKey(EntityManager em, String key, long postId) {
        em.createNativeQuery("INSERT INTO POST_AUTOSAVE_KEY (KEY_TEXT, ARTICLE_ID) VALUES (?, ?)")
                .setParameter(1, key).setParameter(2, postId).executeUpdate();
    }
}
