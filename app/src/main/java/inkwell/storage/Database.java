package inkwell.storage;

import inkwell.settings.Settings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into the database: an EntityManagerFactory over the embedded Derby in the data folder, or over
 * the JDBC URL the user configured. Every unit of work gets its own EntityManager, closed when it ends.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String PERSISTENCE_UNIT = "inkwell";

    private final JdbcTarget target;
    private final EntityManagerFactory factory;
    /**
     * Writes run one at a time. Deleting a post cascades to its body and daily views, and Derby takes table locks
     * for a cascading delete: two deletes at once, or a delete and the view-count flush, each held a lock the
     * other waited for until Derby's deadlock detection (20 s) failed one of them
     * (ConcurrentReadersAndWritersHttpTest). One writer at a time cannot deadlock, and a personal blog writes a
     * few times a minute; reads never take this lock.
     */
    private final ReentrantLock writes = new ReentrantLock(true);
    private volatile boolean shutDownCleanly;

    private Database(JdbcTarget target, EntityManagerFactory factory) {
        this.target = target;
        this.factory = factory;
    }

    /** Opens the database, creating or upgrading its schema first; fails with a message a user can act on. */
    public static Database open(Settings settings) throws DatabaseException {
        return open(settings, (connection, from, to) -> { });
    }

    /** Opens the database; {@code beforeUpgrade} is told before an existing schema is upgraded (to back it up). */
    public static Database open(Settings settings, BeforeUpgrade beforeUpgrade) throws DatabaseException {
        JdbcTarget target = JdbcTarget.from(settings);
        if (target.embedded()) {
            prepareEmbeddedDerby(settings);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", target.url());
        properties.put("jakarta.persistence.jdbc.driver", target.driverClass());
        target.user().ifPresent(user -> properties.put("jakarta.persistence.jdbc.user", user));
        target.password().ifPresent(password -> properties.put("jakarta.persistence.jdbc.password", password));
        target.dialect().eclipseLinkPlatform().ifPresent(platform -> properties.put("eclipselink.target-database",
                platform));
        // EclipseLink reads the mappings without the database while Derby boots and the schema is checked:
        // the two halves of start-up run side by side (about half a second each).
        CompletableFuture<EntityManagerFactory> mappings = CompletableFuture.supplyAsync(
                () -> Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties), Database::daemon);
        try (Connection connection = target.connect()) {
            new SchemaMigrator(connection, target.dialect()).beforeUpgrade(beforeUpgrade).migrate();
        } catch (SQLException e) {
            mappings.thenAccept(EntityManagerFactory::close);
            throw DatabaseException.cannotOpen(target, e);
        }
        EntityManagerFactory factory = mappings.join();
        // Deploy now, not on the first request, so a broken configuration fails at start-up.
        factory.createEntityManager().close();
        LOG.info("Database ready: {}", target.description());
        return new Database(target, factory);
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "inkwell-jpa-mappings");
        thread.setDaemon(true);
        thread.start();
    }

    static void prepareEmbeddedDerby(Settings settings) throws DatabaseException {
        try {
            Files.createDirectories(settings.logFolder());
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the log folder " + settings.logFolder() + ": " + e.getMessage(), e);
        }
        System.setProperty("derby.system.home", settings.dataDir().toString());
        System.setProperty("derby.stream.error.file", settings.logFolder().resolve("derby.log").toString());
    }

    /** The schema version this Inkwell writes: a backup from a newer one is not restored. */
    public static int newestSchemaVersion() {
        return Migrations.ALL.size();
    }

    /** True for the embedded Derby in the data folder, false for a database the user configured (PostgreSQL). */
    public boolean embedded() {
        return target.embedded();
    }

    /** Derby's online backup of the embedded database into {@code folder}, while others keep writing. */
    public void backUpInto(java.nio.file.Path folder) throws SQLException {
        if (!target.embedded()) {
            throw new SQLException("only the embedded Derby database is backed up by Inkwell");
        }
        try (Connection connection = target.connect();
             java.sql.PreparedStatement call = connection.prepareStatement(
                     "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, folder.toAbsolutePath().toString());
            call.execute();
        }
    }

    /** Runs work that only reads. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /**
     * Runs reading work while no write runs. For reads that scan what writers change (a summary over every post):
     * on Derby such a scan and a save can take row locks in opposite orders and deadlock, which Derby resolves
     * only after 20 s by failing one of them (seen: the search index's start-up check against a save).
     */
    public <T> T readBetweenWrites(Function<EntityManager, T> work) {
        writes.lock();
        try {
            return read(work);
        } finally {
            writes.unlock();
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. A failure of the
     * database itself comes out as a {@link StorageFailure} that says what happened.
     */
    public <T> T write(Function<EntityManager, T> work) {
        writes.lock();
        try {
            return inTransaction(work);
        } catch (jakarta.persistence.PersistenceException | org.eclipse.persistence.exceptions.EclipseLinkException e) {
            throw StorageFailure.of(e);
        } finally {
            writes.unlock();
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollBack(transaction, e);
            throw e;
        } finally {
            em.close();
        }
    }

    /**
     * Rolls back after {@code failure}, which stays the exception thrown. A full disk stops Derby inside the work
     * (at a flush), and the rollback then fails with "No current connection": thrown, it hid the full disk.
     */
    private static void rollBack(EntityTransaction transaction, RuntimeException failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
        }
    }

    /** Closes JPA, then shuts embedded Derby down cleanly so the next start needs no recovery. */
    @Override
    public void close() {
        factory.close();
        if (target.embedded()) {
            shutDownDerby();
        }
    }

    private void shutDownDerby() {
        try {
            DriverManager.getConnection(target.url().replace(";create=true", "") + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a successful database shutdown as SQLState 08006 (XJ015 is the whole system).
            if (!"08006".equals(e.getSQLState()) && !"XJ015".equals(e.getSQLState())) {
                LOG.warn("Derby did not shut down cleanly: {}", e.getMessage());
                return;
            }
        }
        shutDownCleanly = true;
        LOG.info("Derby shut down cleanly");
    }

    /** After {@link #close}: whether Inkwell's own Derby shut down cleanly (its files are whole and at rest). */
    public boolean shutDownCleanly() {
        return shutDownCleanly;
    }
}
