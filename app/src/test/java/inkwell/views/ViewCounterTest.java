package inkwell.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.settings.Settings;
import inkwell.storage.Database;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view counter against a real Derby: what pages show, what a flush stores, and "most read this week". */
class ViewCounterTest {
    private static final Instant MONDAY_NOON = Instant.parse("2026-03-16T12:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-16");

    @TempDir
    java.nio.file.Path dataDir;
    private Database database;
    private final MutableClock clock = new MutableClock(MONDAY_NOON);
    private ViewCounter counter;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Settings.headless(dataDir));
        counter = new ViewCounter(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void insertPost(long id, long storedViews) {
        sql("INSERT INTO ARTICLE (ID, TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, 'Title', 'title', 'Ada', '', 1, ?, ?, ?)", id, storedViews,
                Timestamp.from(MONDAY_NOON), Timestamp.from(MONDAY_NOON));
    }

    private void sql(String statement, Object... parameters) {
        database.write(em -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    private long storedViews(long id) {
        return database.read(em -> ((Number) em.createNativeQuery("SELECT VIEWS FROM ARTICLE WHERE ID = ?")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private Map<LocalDate, Long> dailyRows(long id) {
        return database.read(em -> {
            Map<LocalDate, Long> rows = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT VIEW_DATE, VIEWS FROM ARTICLE_DAILY_VIEWS "
                    + "WHERE ARTICLE_ID = ?").setParameter(1, id).getResultList()) {
                Object[] columns = (Object[]) row;
                rows.put(((java.sql.Date) columns[0]).toLocalDate(), ((Number) columns[1]).longValue());
            }
            return rows;
        });
    }

    private void view(long id, int times) {
        for (int i = 0; i < times; i++) {
            counter.record(id, storedViews(id));
        }
    }

    private void advanceDays(int days) {
        clock.advance(Duration.ofDays(days));
    }

    @Test
    void theStoredCountSeedsAPostOnceAndMemoryIsTheTruthAfterwards() {
        assertEquals(41, counter.record(1, 40));
        assertEquals(42, counter.record(1, 999), "a stale stored count read with the post is ignored");
        assertEquals(42, counter.views(1, 0));
        assertEquals(7, counter.views(2, 7), "a post never viewed shows its stored count");
        assertEquals(8, counter.record(2, 0));
    }

    @Test
    void aFlushAddsTotalsAndViewsPerDay() {
        insertPost(1, 40);
        view(1, 3);
        counter.flush();
        assertEquals(43, storedViews(1));
        assertEquals(Map.of(MONDAY, 3L), dailyRows(1));
        advanceDays(1);
        view(1, 2);
        counter.flush();
        counter.flush();
        assertEquals(45, storedViews(1), "a flush with nothing new writes nothing");
        assertEquals(Map.of(MONDAY, 3L, MONDAY.plusDays(1), 2L), dailyRows(1));
        assertEquals(45, counter.views(1, 0));
    }

    @Test
    void mostViewedThisWeekCountsTheLastSevenDaysFlushedOrNot() {
        for (long id = 1; id <= 4; id++) {
            insertPost(id, 0);
        }
        view(1, 5);
        counter.flush();
        advanceDays(1);
        view(2, 3);
        view(4, 3);
        counter.flush();
        advanceDays(6);
        view(1, 1);
        counter.flush();
        view(3, 4);
        assertEquals(List.of(Map.entry(3L, 4L), Map.entry(4L, 3L), Map.entry(2L, 3L), Map.entry(1L, 1L)),
                counter.mostViewedThisWeek(10),
                "day -7 is out, day -6 in, unflushed views count, ties newest id first");
        assertEquals(List.of(Map.entry(3L, 4L), Map.entry(4L, 3L)), counter.mostViewedThisWeek(2));
    }

    @Test
    void aForgottenPostLeavesTheWeekAndIsReseeded() {
        insertPost(1, 0);
        insertPost(2, 0);
        view(1, 1);
        view(2, 2);
        counter.forget(2);
        assertEquals(List.of(Map.entry(1L, 1L)), counter.mostViewedThisWeek(10));
        counter.flush();
        assertEquals(0, storedViews(2));
        assertEquals(10, counter.views(2, 10));
    }

    @Test
    void viewsOfAPostDeletedBeforeTheFlushAreDropped() {
        insertPost(1, 0);
        view(1, 1);
        counter.record(9, 0);
        counter.flush();
        assertEquals(Map.of(), dailyRows(9));
        assertEquals(Map.of(MONDAY, 1L), dailyRows(1));
        counter.flush();
        assertEquals(1, storedViews(1), "nothing was kept for a retry");
    }

    @Test
    void aFailedFlushWritesNothingAndIsRetriedWithItsOwnDay() {
        insertPost(1, 10);
        // The database refuses the daily rows: the whole flush fails, as on a full disk.
        sql("ALTER TABLE ARTICLE_DAILY_VIEWS ADD CONSTRAINT REFUSE_VIEWS CHECK (VIEWS < 0)");
        view(1, 3);
        counter.flush();
        assertEquals(10, storedViews(1), "the total was rolled back with the daily rows");
        assertEquals(Map.of(), dailyRows(1));
        assertEquals(13, counter.views(1, 10));
        assertEquals(List.of(Map.entry(1L, 3L)), counter.mostViewedThisWeek(10), "views waiting for a retry count");
        advanceDays(1);
        counter.flush();
        assertEquals(10, storedViews(1), "still failing");
        sql("ALTER TABLE ARTICLE_DAILY_VIEWS DROP CONSTRAINT REFUSE_VIEWS");
        view(1, 1);
        counter.flush();
        assertEquals(14, storedViews(1));
        assertEquals(Map.of(MONDAY, 3L, MONDAY.plusDays(1), 1L), dailyRows(1));
        counter.flush();
        assertEquals(14, storedViews(1), "retried once, not twice");
    }
}
