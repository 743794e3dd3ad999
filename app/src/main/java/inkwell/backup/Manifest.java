package inkwell.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What a backup holds, written beside it as {@code manifest.properties} when it is complete, so the Backups page
 * lists backups without opening any of them. The post count and schema version are read from the copy itself.
 */
public record Manifest(String name, Instant created, BackupReason reason, String inkwellVersion, int schemaVersion,
                       long posts, long bytes) {
    static final String FILE = "manifest.properties";

    void write(Path folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("created", created.toString());
        properties.setProperty("reason", reason.word());
        properties.setProperty("inkwell.version", inkwellVersion);
        properties.setProperty("schema.version", Integer.toString(schemaVersion));
        properties.setProperty("posts", Long.toString(posts));
        properties.setProperty("bytes", Long.toString(bytes));
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE))) {
            properties.store(out, "Inkwell backup");
        }
    }

    /** The manifest of the backup in {@code folder}; a missing or damaged one is an IOException. */
    static Manifest read(Path folder, BackupName name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
            properties.load(in);
        }
        try {
            return new Manifest(name.toString(), name.created(), name.reason(),
                    properties.getProperty("inkwell.version", "unknown"),
                    Integer.parseInt(properties.getProperty("schema.version")),
                    Long.parseLong(properties.getProperty("posts")), Long.parseLong(properties.getProperty("bytes")));
        } catch (RuntimeException e) {
            throw new IOException("the manifest of backup " + name + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The size in megabytes, one decimal, for people. */
    public String megabytes() {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
