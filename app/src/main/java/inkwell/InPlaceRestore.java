package inkwell;

import inkwell.backup.BackupException;
import inkwell.backup.BackupReason;
import inkwell.backup.Backups;
import inkwell.backup.DatabaseSwap;
import inkwell.backup.Manifest;
import inkwell.backup.RestoreOutcome;
import inkwell.backup.Restorer;
import inkwell.settings.Settings;
import inkwell.storage.Database;
import inkwell.storage.DatabaseException;
import inkwell.web.http.PagesGate;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into the running blog, behind the same web server and address. Rather than a Database that
 * reopens itself under live services (whose in-memory counts, search index and caches would each need resetting),
 * everything that stands on the database ({@link BlogParts}) is closed and built again as at a start while the
 * gate holds new requests; the web server, its port, the browser's cookies and the CSRF key stay. Holds the blog's
 * lock while it swaps, so a close waits for it.
 */
final class InPlaceRestore implements Restorer {
    private static final Logger LOG = LoggerFactory.getLogger(InPlaceRestore.class);
    /** How long a restore waits for the requests being served before it closes the database under them. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private final Blog blog;
    private final BlogShell shell;
    private final PagesGate gate;
    private volatile RestoreOutcome lastRestore;
    /** One restore at a time: the second would copy into the same folder beside the live database. */
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    InPlaceRestore(Blog blog, BlogShell shell, PagesGate gate) {
        this.blog = blog;
        this.shell = shell;
        this.gate = gate;
    }

    @Override
    public void restoreSoon(Manifest backup) throws BackupException {
        Backups backups = blog.backups();
        DatabaseSwap swap = prepareRestore(backups, backup);
        // Requests that come from now on wait for the restored blog; this one (that asked) is answered first.
        gate.hold();
        Thread thread = new Thread(() -> swapIn(backup, swap), "inkwell-restore");
        thread.setDaemon(true);
        thread.start();
    }

    /** Restores a backup and returns when the restored blog serves (the command line on a blog it opened). */
    RestoreOutcome restore(Manifest backup) throws BackupException {
        DatabaseSwap swap = prepareRestore(blog.backups(), backup);
        gate.hold();
        return swapIn(backup, swap);
    }

    /** The current state is backed up, and the backup's database copied beside the live one, while it serves. */
    private DatabaseSwap prepareRestore(Backups backups, Manifest backup) throws BackupException {
        synchronized (blog) {
            if (blog.closed()) {
                throw new BackupException("Inkwell is stopping; nothing was restored.", null);
            }
        }
        DatabaseSwap.refuseNewer(backup, Database.newestSchemaVersion());
        if (!running.compareAndSet(false, true)) {
            throw new BackupException("Another restore is running; nothing was changed. Try again in a moment.", null);
        }
        try {
            backups.backUpNow(BackupReason.BEFORE_RESTORE);
            return DatabaseSwap.prepare(backups.folderOf(backup), shell.settings().dataDir());
        } catch (BackupException | RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /**
     * The requests being served finish, JPA closes and Derby shuts down, the {@code db} folders are swapped (the
     * current one kept until the restored one opens), the backup's images are put back, the search index is
     * dropped (it rebuilds in the background), the kept pages are dropped, and the gate opens on the new pages.
     */
    private RestoreOutcome swapIn(Manifest backup, DatabaseSwap swap) {
        try {
            synchronized (blog) {
                return swapInLocked(backup, swap);
            }
        } finally {
            running.set(false);
        }
    }

    private RestoreOutcome swapInLocked(Manifest backup, DatabaseSwap swap) {
        if (blog.closed()) {
            return RestoreOutcome.failed(backup, "Inkwell stopped before the restore; nothing was restored.");
        }
        RestoreOutcome outcome;
        try {
            if (!gate.drain(DRAIN)) {
                LOG.warn("Requests still running after {} s; restoring anyway", DRAIN.toSeconds());
            }
            blog.parts().close();
            try {
                swap.swap();
                Settings settings = shell.settings();
                blog.use(BlogParts.open(Database.open(settings, DatabaseStart.backupBeforeUpgrade(settings)),
                        shell, this, false));
                swap.finish();
                outcome = RestoreOutcome.restored(backup);
            } catch (DatabaseException | IOException | RuntimeException e) {
                LOG.error("The restore of {} failed; reopening the blog as it was", backup.name(), e);
                swap.undo();
                blog.use(BlogParts.open(Database.open(shell.settings()), shell, this, false));
                outcome = RestoreOutcome.failed(backup, e.getMessage());
            }
        } catch (DatabaseException | IOException | RuntimeException | InterruptedException e) {
            LOG.error("The blog could not be reopened after a restore; restart Inkwell", e);
            lastRestore = RestoreOutcome.failed(backup, "the blog could not be reopened: " + e.getMessage()
                    + ". Restart Inkwell.");
            gate.fail();
            return lastRestore;
        }
        shell.pages().invalidate();
        lastRestore = outcome;
        gate.open(blog.parts().router);
        LOG.info("Restore of {}: {}", backup.name(), outcome.message());
        return outcome;
    }

    @Override
    public Optional<RestoreOutcome> lastOutcome() {
        return Optional.ofNullable(lastRestore);
    }
}
