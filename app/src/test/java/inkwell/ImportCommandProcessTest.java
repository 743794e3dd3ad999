package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inkwell import} as a real child process: on a folder nobody holds it opens the blog itself; with an
 * Inkwell running on the folder, that one imports; a refused source gets one plain line and a non-zero exit.
 */
class ImportCommandProcessTest {
    @TempDir
    Path temp;

    /** The {@code import} sub-command in a child JVM, run to its end (InkwellChild's one way of doing it). */
    private static InkwellChild.Ran inkwell(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("import"));
        command.addAll(List.of(args));
        return InkwellChild.ran(90, command.toArray(String[]::new));
    }

    private Path hugoSite(String name, String title) throws Exception {
        Path site = Files.createDirectories(temp.resolve(name).resolve("content/posts"));
        Files.writeString(site.resolve("first.md"), "---\ntitle: " + title + "\ndate: 2021-04-05\nauthor: Ada\n"
                + "tags: [hugo]\n---\nFrom Hugo.\n");
        return temp.resolve(name);
    }

    @Test
    void importsWhetherOrNotAnInkwellRunsOnTheFolder() throws Exception {
        Path data = temp.resolve("data");
        InkwellChild.Ran alone = inkwell("--data-dir", data.toString(), hugoSite("one", "Imported alone").toString());
        assertEquals(0, alone.exit(), alone.out() + alone.err());
        assertTrue(alone.out().contains("Imported Hugo site: 1 post"), alone.out());
        assertTrue(alone.out().contains("first  Imported alone"), alone.out());

        Process running = InkwellChild.launch("--headless", "--port", "0", "--data-dir", data.toString());
        try {
            String url = InkwellChild.readyUrl(running).toString();
            InkwellChild.Ran handed = inkwell("--data-dir", data.toString(), hugoSite("two", "Imported while running").toString());
            assertEquals(0, handed.exit(), handed.out() + handed.err());
            assertTrue(handed.out().contains("Inkwell is running at " + url + "; it imports."), handed.out());
            assertTrue(handed.out().contains("first-2  Imported while running  (slug first is taken: renamed to "
                    + "first-2)"), handed.out());
            BlogClient client = new BlogClient(url);
            String list = client.get("/posts").body();
            assertTrue(list.contains("Imported alone") && list.contains("Imported while running"), list);

            Path newer = temp.resolve("newer.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(newer))) {
                zip.putNextEntry(new ZipEntry("data/inkwell/site.yaml"));
                zip.write("format: 99\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            InkwellChild.Ran refused = inkwell("--data-dir", data.toString(), newer.toString());
            assertEquals(1, refused.exit(), refused.out() + refused.err());
            assertTrue(refused.err().contains("made by a newer Inkwell (export format 99)"), refused.err());
            assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
            assertTrue(running.isAlive());
        } finally {
            running.toHandle().destroy();
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    @Test
    void aWrongCommandLineOrSourceGetsOnePlainLine() throws Exception {
        InkwellChild.Ran nothing = inkwell("--data-dir", temp.resolve("data").toString());
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("say what to import"), nothing.err());
        InkwellChild.Ran missing = inkwell("--data-dir", temp.resolve("data").toString(), temp.resolve("nope.zip").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("there is no file or folder"), missing.err());
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        InkwellChild.Ran unknown = inkwell("--data-dir", temp.resolve("data").toString(), text.toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("not a source Inkwell imports"), unknown.err());
        for (InkwellChild.Ran run : List.of(nothing, missing, unknown)) {
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        }
    }
}
