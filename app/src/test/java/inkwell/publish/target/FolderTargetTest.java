package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.publish.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder target: only its own folders, only changed files, only its own stale files deleted. */
class FolderTargetTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);
    @TempDir
    Path folder;

    @Test
    void writesANewFolderThenOnlyWhatChanged() throws Exception {
        Path site = folder.resolve("www");
        FolderTarget target = new FolderTarget(site);
        PublishResult first = target.publish(Sites.blog(), PublishProgress.silent());
        assertEquals(List.copyOf(Sites.blog().paths()), first.changedPaths());
        assertTrue(first.commitId().isEmpty());
        assertEquals("<p>Hello</p>", Files.readString(site.resolve("posts/1/hello/index.html")));
        assertTrue(Files.readString(site.resolve(".inkwell-site")).contains("posts/2/again/index.html"));
        for (String path : Sites.blog().paths()) {
            Files.setLastModifiedTime(site.resolve(path), LONG_AGO);
        }

        assertFalse(target.publish(Sites.blog(), PublishProgress.silent()).changed());
        PublishResult edited = target.publish(Sites.blogWithEditedPost(), PublishProgress.silent());

        assertEquals(List.of("posts/1/hello/index.html"), edited.changedPaths());
        assertEquals("<p>Hello, edited</p>", Files.readString(site.resolve("posts/1/hello/index.html")));
        for (String path : Sites.blog().paths()) {
            boolean rewritten = !Files.getLastModifiedTime(site.resolve(path)).equals(LONG_AGO);
            assertEquals(path.equals("posts/1/hello/index.html"), rewritten, path);
        }
        assertEquals(List.of(), temporaryFiles(site));
    }

    @Test
    void deletesOnlyItsOwnStaleFilesAndTheFoldersThatLeavesEmpty() throws Exception {
        Path site = folder.resolve("www");
        FolderTarget target = new FolderTarget(site);
        target.publish(Sites.of("index.html", "home", "posts/2/again/index.html", "again", "tags/x/index.html", "x"),
                PublishProgress.silent());
        Files.writeString(site.resolve("notes.txt"), "the user's own");
        Files.writeString(site.resolve("posts/2/again/photo.jpg"), "the user's own too");

        PublishResult result = target.publish(Sites.of("index.html", "home"), PublishProgress.silent());

        assertEquals(List.of("posts/2/again/index.html", "tags/x/index.html"), result.changedPaths());
        assertFalse(Files.exists(site.resolve("posts/2/again/index.html")));
        assertFalse(Files.exists(site.resolve("tags")), "a folder left empty goes");
        assertEquals("the user's own", Files.readString(site.resolve("notes.txt")));
        assertEquals("the user's own too", Files.readString(site.resolve("posts/2/again/photo.jpg")));
        assertFalse(Files.readString(site.resolve(".inkwell-site")).contains("tags/x/index.html"));
    }

    @Test
    void refusesAFolderHoldingSomeoneElsesFilesAndTouchesNothing() throws Exception {
        Path photos = Files.createDirectories(folder.resolve("photos"));
        Files.write(photos.resolve("index.html"), new byte[] {1, 2, 3});
        Files.writeString(photos.resolve("cat.jpg"), "meow");

        PublishFailure refused = assertThrows(PublishFailure.class, () -> new FolderTarget(photos)
                .publish(Sites.blog(), PublishProgress.silent()));

        assertEquals("The folder " + photos + " holds files Inkwell did not write; choose an empty folder or one"
                + " Inkwell published to before.", refused.getMessage());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(photos.resolve("index.html")));
        try (Stream<Path> left = Files.list(photos)) {
            assertEquals(2, left.count());
        }
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertEquals(file + " is a file, not a folder; choose a folder to publish into.", assertThrows(
                PublishFailure.class, () -> new FolderTarget(file).publish(Sites.blog(), PublishProgress.silent()))
                .getMessage());
    }

    @Test
    void aFullDiskFailsPlainlyAndLeavesNoHalfWrittenFile() throws Exception {
        Path disk = Files.createDirectories(folder.resolve("disk"));
        try (SmallDisk mounted = SmallDisk.mount(disk, "64k")) {
            Path site = disk.resolve("www");
            FolderTarget target = new FolderTarget(site);
            target.publish(Sites.blog(), PublishProgress.silent());
            Map<String, byte[]> bigger = new TreeMap<>();
            for (String path : Sites.blogWithEditedPost().paths()) {
                bigger.put(path, Sites.blogWithEditedPost().bytes(path));
            }
            bigger.put("images/huge.png", new byte[256 * 1024]);

            PublishFailure full = assertThrows(PublishFailure.class, () -> target.publish(SiteFiles.of(bigger),
                    PublishProgress.silent()));

            assertEquals("The disk is full: Inkwell could not write images/huge.png in " + site
                    + "; free some space and publish again.", full.getMessage());
            assertFalse(Files.exists(site.resolve("images/huge.png")), "no half-written file");
            assertEquals(List.of(), temporaryFiles(site));
            assertTrue(List.of("<p>Hello</p>", "<p>Hello, edited</p>").contains(
                    Files.readString(site.resolve("posts/1/hello/index.html"))), "every file whole, old or new");
            assertEquals("<p>Again</p>", Files.readString(site.resolve("posts/2/again/index.html")));

            PublishResult once = target.publish(Sites.blogWithEditedPost(), PublishProgress.silent());
            assertEquals(List.of("posts/1/hello/index.html"), once.changedPaths(), "the next publish recovers");
        }
    }

    private static List<Path> temporaryFiles(Path site) throws Exception {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(path -> path.getFileName().toString().startsWith(".inkwell-writing-")).toList();
        }
    }
}
