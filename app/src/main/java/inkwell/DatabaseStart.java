package inkwell;

import inkwell.backup.BackupException;
import inkwell.backup.BackupReason;
import inkwell.backup.Backups;
import inkwell.settings.Settings;
import inkwell.storage.BeforeUpgrade;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening the blog's database beside the web server's start, with a backup before any schema upgrade. */
final class DatabaseStart {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStart.class);

    private DatabaseStart() {
    }

    /** Before the schema of an existing Derby database is upgraded, a backup of it as it was. */
    static BeforeUpgrade backupBeforeUpgrade(Settings settings) {
        return (connection, from, to) -> {
            if (settings.databaseUrl().isPresent()) {
                return;
            }
            try {
                new Backups(settings.dataDir(), Clock.systemDefaultZone(), Version.current(), Backups.on(connection))
                        .backUpNow(BackupReason.BEFORE_UPGRADE);
            } catch (BackupException e) {
                throw new SQLException("could not back the blog up before upgrading it from schema version " + from
                        + " to " + to + ", so it was not upgraded: " + e.getMessage(), e);
            }
        };
    }

    static CompletableFuture<Database> inBackground(Settings settings) {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(Database.open(settings, backupBeforeUpgrade(settings)));
            } catch (DatabaseException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "inkwell-database-start");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    static Database await(CompletableFuture<Database> opening) throws DatabaseException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DatabaseException cause) {
                throw cause;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The web server could not start: the database still starting is closed as soon as it is up. */
    static void closeWhenOpen(CompletableFuture<Database> opening) {
        try {
            await(opening).close();
        } catch (DatabaseException | RuntimeException e) {
            LOG.debug("The database did not open either: {}", e.getMessage());
        }
    }
}
