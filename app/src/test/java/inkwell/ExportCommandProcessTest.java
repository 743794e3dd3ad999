package inkwell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inkwell export} as a real child process: on a folder nobody holds it opens the blog itself; with an
 * Inkwell running on the folder, that one writes the zip; the two zips are the same bytes. A wrong command line
 * gets one plain line and exit status 2.
 */
class ExportCommandProcessTest {
    @TempDir
    Path temp;

    /** The {@code export} sub-command in a child JVM, run to its end (InkwellChild's one way of doing it). */
    private static InkwellChild.Ran export(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("export"));
        command.addAll(List.of(args));
        return InkwellChild.ran(90, command.toArray(String[]::new));
    }

    private static List<String> names(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void writesTheSameZipWhetherOrNotAnInkwellRunsOnTheFolder() throws Exception {
        Path data = temp.resolve("data");
        String first;
        try (RunningBlog blog = RunningBlog.start(data)) {
            first = blog.createPost("Hello, readers", "Ada", "The first post, with `code`.");
            blog.createPost("Second", "Ada", "More.");
        }
        Path alone = temp.resolve("alone.zip");
        InkwellChild.Ran run = export("--data-dir", data.toString(), "--to", alone.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Exported 2 posts to " + alone), run.out());
        assertTrue(names(Files.readAllBytes(alone)).contains("content/posts/" + first.split("/")[2]
                + "-hello-readers.md"), names(Files.readAllBytes(alone)).toString());
        assertFalse(Files.exists(temp.resolve("alone.zip.part")), "no part file left");

        Process running = InkwellChild.launch("--headless", "--port", "0", "--data-dir", data.toString());
        try {
            String url = InkwellChild.readyUrl(running).toString();
            Path handed = temp.resolve("handed.zip");
            InkwellChild.Ran viaRunning = export("--data-dir", data.toString(), "--to", handed.toString());
            assertEquals(0, viaRunning.exit(), viaRunning.out() + viaRunning.err());
            assertTrue(viaRunning.out().contains("Inkwell is running at " + url + "; it writes the export."),
                    viaRunning.out());
            assertTrue(viaRunning.out().contains("Exported 2 posts to " + handed), viaRunning.out());
            assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(handed), "the same blog, the same zip");
            assertTrue(running.isAlive());
        } finally {
            running.toHandle().destroy();
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    @Test
    void aWrongCommandLineGetsOnePlainLine() throws Exception {
        InkwellChild.Ran noTarget = export("--data-dir", temp.resolve("data").toString());
        assertEquals(2, noTarget.exit());
        assertTrue(noTarget.err().contains("--to FILE.zip"), noTarget.err());
        InkwellChild.Ran folder = export("--data-dir", temp.resolve("data").toString(), "--to", temp.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        InkwellChild.Ran nowhere = export("--to", temp.resolve("no/such/folder/blog.zip").toString());
        assertEquals(2, nowhere.exit());
        assertTrue(nowhere.err().contains("there is no folder"), nowhere.err());
        for (InkwellChild.Ran run : List.of(noTarget, folder, nowhere)) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        }
    }
}
