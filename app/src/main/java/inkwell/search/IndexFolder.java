package inkwell.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's folder, {@code <data-dir>/search}: whether what it holds can be trusted (present, undamaged, and
 * made from the database as it is now), and emptying it when not.
 */
final class IndexFolder {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);
    /** The commit's user data key for the database state the index was made from ({@code PublicPosts}). */
    static final String FINGERPRINT = "inkwell.fingerprint";
    /**
     * Raised whenever the fields or the codec change (2: offsets in the text; 3: stored fields not compressed,
     * {@link IndexCodec}; 4: the words of every field in one, {@link Fields#ANY}), so an index of another shape is
     * rebuilt.
     */
    private static final String FORMAT = "4";

    private IndexFolder() {
    }

    static Directory open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return FSDirectory.open(folder);
    }

    /**
     * True when the last commit was made from this database state and every file's checksum holds: a file
     * damaged after the index opened would otherwise fail searches later, one reader at a time. Reading every
     * checksum costs a pass over the folder; it runs in the background, before the index is offered.
     */
    static boolean current(Directory directory, String fingerprint) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                LOG.info("No search index yet: building it");
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!closedStamp(fingerprint).equals(data.get(FINGERPRINT))) {
                    LOG.info("The search index was not closed cleanly or is behind the database: rebuilding it");
                    return false;
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index is damaged ({}): rebuilding it", e.toString());
            return false;
        }
    }

    /**
     * What a commit records while Inkwell runs; never trusted at the next start: between a write's commit in the
     * database and the index following it, other writers' posts are already in the database, so a database state
     * read then could claim posts the index never got (a kill -9 test found 2 of 83 so). Only a clean stop, with
     * every write followed, leaves the stamp the start trusts ({@link #closedStamp}).
     */
    static final String RUNNING = FORMAT + ":running";

    /**
     * The stamp of an index closed cleanly with the database in this state (the index's format and the database's
     * fingerprint): the next start uses it as it is.
     */
    static String closedStamp(String fingerprint) {
        return FORMAT + ":" + fingerprint + ":closed";
    }

    /** Removes every file, damaged ones included, so the rebuild starts from nothing. */
    static void empty(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
    }
}
