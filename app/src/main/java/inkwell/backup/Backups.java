package inkwell.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups in {@code <data-dir>/backups/}: each a folder with Derby's online copy of the database ({@code db/}),
 * the images ({@code media/}, hard links) and a manifest. A backup is written under a temporary name and renamed
 * into place when complete, so a half-written one is never listed nor restorable. Taking one prunes the old ones
 * ({@link Retention}).
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final Duration DAILY_EVERY = Duration.ofHours(24);
    private static final String WRITING = ".writing-";

    /** Writes the live database's copy into a folder (Derby's online backup, on some connection). */
    public interface Copier {
        void copyInto(Path folder) throws SQLException;
    }

    private final Path folder;
    private final Path media;
    private final Clock clock;
    private final String inkwellVersion;
    private final Copier live;

    public Backups(Path dataDir, Clock clock, String inkwellVersion, Copier live) {
        this.folder = dataDir.resolve("backups");
        this.media = dataDir.resolve("media");
        this.clock = clock;
        this.inkwellVersion = inkwellVersion;
        this.live = live;
    }

    /** A copier for an open connection (the schema migrator's, before it upgrades). */
    public static Copier on(java.sql.Connection connection) {
        return into -> DerbyCopy.backUp(connection, into);
    }

    /**
     * Backs the blog up now, whatever else is writing; the import calls this with
     * {@link BackupReason#BEFORE_IMPORT} before it changes anything. One backup at a time in this process.
     */
    public Manifest backUpNow(BackupReason reason) throws BackupException {
        synchronized (Backups.class) {
            Manifest manifest = write(reason);
            prune();
            return manifest;
        }
    }

    /** The daily backup when the newest daily one is a day old or more (or there is none). */
    public Optional<Manifest> dailyIfDue() throws BackupException {
        Instant now = clock.instant();
        boolean due = list().stream().filter(m -> m.reason() == BackupReason.DAILY)
                .map(Manifest::created).max(Comparator.naturalOrder())
                .map(last -> !last.plus(DAILY_EVERY).isAfter(now)).orElse(true);
        return due ? Optional.of(backUpNow(BackupReason.DAILY)) : Optional.empty();
    }

    private Manifest write(BackupReason reason) throws BackupException {
        BackupName name = freeName(reason);
        Path writing = folder.resolve(WRITING + name);
        try {
            Files.createDirectories(folder);
            removeUnfinished();
            Files.createDirectories(writing);
            live.copyInto(writing);
            DerbyCopy.Contents contents = DerbyCopy.inspect(writing.resolve(DerbyCopy.DATABASE_FOLDER));
            FolderCopy.linkOrCopy(media, writing.resolve("media"));
            Manifest manifest = new Manifest(name.toString(), name.created(), reason, inkwellVersion,
                    contents.schemaVersion(), contents.posts(), FolderCopy.size(writing));
            manifest.write(writing);
            Files.move(writing, folder.resolve(name.toString()), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} posts into {} ({})", manifest.posts(), name, manifest.megabytes());
            return manifest;
        } catch (IOException | SQLException e) {
            deleteQuietly(writing);
            throw new BackupException("Could not back up into " + folder + ": " + explain(e), e);
        }
    }

    /** Two backups in the same millisecond (a test, a restore right after a backup) get distinct names. */
    private BackupName freeName(BackupReason reason) {
        Instant at = clock.instant();
        BackupName name = new BackupName(at, reason);
        while (Files.exists(folder.resolve(name.toString()))) {
            at = at.plusMillis(1);
            name = new BackupName(at, reason);
        }
        return name;
    }

    static String explain(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || message.contains("space")) {
            return "the disk is full (" + message + "). Free some space and try again.";
        }
        return message;
    }

    /** Backups a crash cut short: never complete, never listed, removed before the next one. */
    private void removeUnfinished() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, WRITING + "*")) {
            for (Path entry : entries) {
                FolderCopy.delete(entry);
            }
        }
    }

    private void prune() {
        List<BackupName> names = list().stream().map(m -> new BackupName(m.created(), m.reason())).toList();
        for (BackupName old : new Retention(clock.getZone()).toDelete(names)) {
            try {
                FolderCopy.delete(folder.resolve(old.toString()));
                LOG.info("Removed the old backup {}", old);
            } catch (IOException e) {
                LOG.warn("Could not remove the old backup {}: {}", old, e.getMessage());
            }
        }
    }

    /** The complete backups, newest first. */
    public List<Manifest> list() {
        List<Manifest> manifests = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return manifests;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BackupName.parse(entry.getFileName().toString()).flatMap(name -> manifest(entry, name))
                        .ifPresent(manifests::add);
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}: {}", folder, e.getMessage());
        }
        manifests.sort(Comparator.comparing(Manifest::created).reversed());
        return manifests;
    }

    /** The complete backup of that name; empty for any other name, such as one with {@code ../}. */
    public Optional<Manifest> find(String name) {
        return BackupName.parse(name).flatMap(parsed -> manifest(folder.resolve(parsed.toString()), parsed));
    }

    /** The folder of a backup {@link #find} found. */
    public Path folderOf(Manifest manifest) {
        return folder.resolve(BackupName.parse(manifest.name()).orElseThrow().toString());
    }

    private static Optional<Manifest> manifest(Path entry, BackupName name) {
        if (!Files.isRegularFile(entry.resolve(Manifest.FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Manifest.read(entry, name));
        } catch (IOException e) {
            LOG.warn("Skipping backup {}: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            FolderCopy.delete(path);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished backup {}: {}", path, e.getMessage());
        }
    }
}
