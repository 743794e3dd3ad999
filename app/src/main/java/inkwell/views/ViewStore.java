package inkwell.views;

import inkwell.storage.Database;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The view statistics in the database: each post's total (a column of the post, updated in bulk) and its views
 * per day (for "most read this week"). The tables keep their first names (ARTICLE…), see the README.
 */
public final class ViewStore {
    private final Database database;

    ViewStore(Database database) {
        this.database = database;
    }

    /** Views per post since {@code since} (inclusive), as stored. */
    Map<Long, Long> viewsSince(LocalDate since) {
        return database.read(em -> {
            List<?> rows = em.createNativeQuery("SELECT ARTICLE_ID, SUM(VIEWS) FROM ARTICLE_DAILY_VIEWS "
                    + "WHERE VIEW_DATE >= ? GROUP BY ARTICLE_ID").setParameter(1, java.sql.Date.valueOf(since))
                    .getResultList();
            Map<Long, Long> views = new HashMap<>();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                views.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
            }
            return views;
        });
    }

    /** Adds counted views in one transaction; posts deleted meanwhile are skipped. */
    void addViews(Map<Long, Long> totals, Map<DailyViewKey, Long> daily) {
        database.write(em -> {
            for (Map.Entry<Long, Long> total : totals.entrySet()) {
                int updated = em.createNativeQuery("UPDATE ARTICLE SET VIEWS = VIEWS + ? WHERE ID = ?")
                        .setParameter(1, total.getValue()).setParameter(2, total.getKey()).executeUpdate();
                if (updated == 0) {
                    daily.keySet().removeIf(key -> key.postId() == total.getKey());
                }
            }
            daily.forEach((key, views) -> addDailyViews(em, key, views));
            return null;
        });
    }

    /**
     * Removes a post's daily views inside the transaction that deletes the post: explicitly, because leaving it
     * to the cascade deadlocked against the view flush in Derby.
     */
    public static void deleteDailyViews(EntityManager em, long postId) {
        em.createNativeQuery("DELETE FROM ARTICLE_DAILY_VIEWS WHERE ARTICLE_ID = ?").setParameter(1, postId)
                .executeUpdate();
    }

    private static void addDailyViews(EntityManager em, DailyViewKey key, long views) {
        java.sql.Date date = java.sql.Date.valueOf(key.date());
        int updated = em.createNativeQuery("UPDATE ARTICLE_DAILY_VIEWS SET VIEWS = VIEWS + ? "
                        + "WHERE ARTICLE_ID = ? AND VIEW_DATE = ?")
                .setParameter(1, views).setParameter(2, key.postId()).setParameter(3, date).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO ARTICLE_DAILY_VIEWS (ARTICLE_ID, VIEW_DATE, VIEWS) VALUES (?, ?, ?)")
                    .setParameter(1, key.postId()).setParameter(2, date).setParameter(3, views).executeUpdate();
        }
    }
}
