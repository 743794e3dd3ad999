package inkwell.articles;

import inkwell.storage.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stores and finds posts. Each call is one unit of work with its own EntityManager. The number of posts is
 * kept in memory (counted once at start) because COUNT(*) scans the table on Derby.
 */
final class ArticleRepository {
    private final Database database;
    private final AtomicLong count;

    ArticleRepository(Database database) {
        this.database = database;
        this.count = new AtomicLong(database.read(em ->
                em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult()));
    }

    long count() {
        return count.get();
    }

    Optional<Article> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(Article.class, id)));
    }

    Optional<StoredArticle> findWithBody(long id) {
        return database.read(em -> {
            Article article = em.find(Article.class, id);
            ArticleBody body = article == null ? null : em.find(ArticleBody.class, id);
            return body == null ? Optional.empty() : Optional.of(new StoredArticle(article, body));
        });
    }

    List<Article> newest(int offset, int limit) {
        return database.read(em -> em.createQuery(
                        "SELECT a FROM Article a ORDER BY a.createdAt DESC, a.id DESC", Article.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    List<Article> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ids).getResultList());
    }

    Article create(ArticleContent content, Instant now) {
        Article created = database.write(em -> {
            Article article = new Article(content, now);
            em.persist(article);
            em.flush(); // assigns the identity the body needs
            em.persist(new ArticleBody(article.id(), content));
            return article;
        });
        count.incrementAndGet();
        return created;
    }

    Optional<Article> update(long id, ArticleContent content, Instant now) {
        return database.write(em -> {
            Article article = em.find(Article.class, id);
            ArticleBody body = em.find(ArticleBody.class, id);
            if (article == null || body == null) {
                return Optional.empty();
            }
            article.apply(content, now);
            body.apply(content);
            return Optional.of(article);
        });
    }

    boolean delete(long id) {
        boolean deleted = database.write(em -> {
            Article article = em.find(Article.class, id);
            if (article == null) {
                return false;
            }
            em.createNativeQuery("DELETE FROM ARTICLE_DAILY_VIEWS WHERE ARTICLE_ID = ?").setParameter(1, id)
                    .executeUpdate();
            ArticleBody body = em.find(ArticleBody.class, id);
            if (body != null) {
                em.remove(body);
                em.flush();
            }
            em.remove(article);
            return true;
        });
        if (deleted) {
            count.decrementAndGet();
        }
        return deleted;
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
                    daily.keySet().removeIf(key -> key.articleId() == total.getKey());
                }
            }
            daily.forEach((key, views) -> addDailyViews(em, key, views));
            return null;
        });
    }

    private static void addDailyViews(EntityManager em, DailyViewKey key, long views) {
        java.sql.Date date = java.sql.Date.valueOf(key.date());
        int updated = em.createNativeQuery("UPDATE ARTICLE_DAILY_VIEWS SET VIEWS = VIEWS + ? "
                        + "WHERE ARTICLE_ID = ? AND VIEW_DATE = ?")
                .setParameter(1, views).setParameter(2, key.articleId()).setParameter(3, date).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO ARTICLE_DAILY_VIEWS (ARTICLE_ID, VIEW_DATE, VIEWS) VALUES (?, ?, ?)")
                    .setParameter(1, key.articleId()).setParameter(2, date).setParameter(3, views).executeUpdate();
        }
    }

    record StoredArticle(Article article, ArticleBody body) {
    }
}
