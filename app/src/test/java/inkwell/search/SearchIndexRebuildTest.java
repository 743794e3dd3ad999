package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.RunningBlog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The index rebuilds itself after a restart when its folder is gone, damaged, or older than the database. */
class SearchIndexRebuildTest {
    @TempDir
    Path dataDir;

    private Path index() {
        return dataDir.resolve("search");
    }

    private static void awaitFound(RunningBlog blog, String word, String post) throws Exception {
        Eventually.await(Duration.ofSeconds(30), () -> blog.get("/search?q=" + word).body()
                .contains("href=\"" + post + "\""), word + " to be found");
    }

    /** A clean stop leaves an index the next start opens as it is: a rebuild would empty the folder first. */
    @Test
    void anIndexClosedCleanlyIsOpenedAsItIsAtTheNextStart() throws Exception {
        String post;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            post = blog.createPost("Pangolin scales", "Ada", "Keratin all the way.");
            awaitFound(blog, "pangolin", post);
        }
        Path marker = Files.writeString(index().resolve("not-rebuilt.txt"), "kept unless the folder is emptied");
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            awaitFound(blog, "keratin", post);
            assertTrue(Files.exists(marker), "the index was opened, not rebuilt");
        }
    }

    @Test
    void aDeletedFolderIsRebuilt() throws Exception {
        String post;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            post = blog.createPost("Narwhal facts", "Ada", "Tusks are teeth.");
            awaitFound(blog, "narwhal", post);
        }
        deleteTree(index());
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            awaitFound(blog, "tusk", post);
        }
        assertTrue(Files.isDirectory(index()), "rebuilt in <data-dir>/search");
    }

    /**
     * A file overwritten whole fails as the index opens; a few bytes changed in its middle (bit rot) open fine
     * and only the checksums tell. Either way the index is rebuilt, and what is left passes Lucene's CheckIndex.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aDamagedFileIsNoticedAndTheIndexRebuilt(boolean whole) throws Exception {
        String post;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            post = blog.createPost("Axolotl care", "Ada", "Cold clean water. " + "Gills and fins. ".repeat(2_000));
            awaitFound(blog, "axolotl", post);
        }
        Path segment = largestSegmentFile();
        byte[] bytes = Files.readAllBytes(segment);
        int from = whole ? 0 : bytes.length / 2;
        int to = whole ? bytes.length : from + 16;
        for (int i = from; i < to; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(segment, bytes);
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            awaitFound(blog, "axolotl", post);
        }
        try (Directory directory = FSDirectory.open(index()); CheckIndex check = new CheckIndex(directory)) {
            assertTrue(check.checkIndex().clean, "the damaged index was replaced");
        }
    }

    @Test
    void anIndexOlderThanTheDatabaseIsRebuilt() throws Exception {
        Path older = dataDir.resolveSibling(dataDir.getFileName() + "-older-index");
        String later;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String first = blog.createPost("Pangolin scales", "Ada", "Keratin.");
            awaitFound(blog, "pangolin", first);
            copyTree(index(), older); // the index as it was, as after a restore of the data folder or a kill -9
            later = blog.createPost("Tapir snouts", "Ada", "Prehensile.");
            awaitFound(blog, "tapir", later);
        }
        deleteTree(index());
        copyTree(older, index());
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            awaitFound(blog, "tapir", later);
        } finally {
            deleteTree(older);
        }
    }

    private Path largestSegmentFile() throws IOException {
        try (Stream<Path> files = Files.list(index())) {
            return files.filter(file -> !file.getFileName().toString().startsWith("segments")
                            && !file.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.delete(file);
            }
        }
    }
}
