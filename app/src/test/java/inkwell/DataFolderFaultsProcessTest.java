package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder whose database another program holds, or whose disk is full: the real launcher in a child JVM
 * says so in one clear line (no stack trace on the terminal; the trace goes to the log), keeps the text of a
 * post it could not save, and starts normally once the problem is gone.
 */
class DataFolderFaultsProcessTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path folder;

    @Test
    void aDatabaseHeldByAnotherProgramExitsOneWithAClearMessage() throws Exception {
        Path dataDir = folder.resolve("blog");
        Process holder = new ProcessBuilder(JAVA, "-Dderby.stream.error.file=" + folder.resolve("holder-derby.log"),
                "-cp", System.getProperty("java.class.path"), DerbyHolder.class.getName(),
                dataDir.resolve("db").toString(), "60000").redirectErrorStream(true).start();
        try {
            String said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(said != null && said.startsWith("holding"), "the holder says: " + said);
            Child inkwell = Child.start(dataDir);
            assertEquals(1, inkwell.exitCode(60));
            String output = inkwell.output();
            assertTrue(output.contains("another Inkwell (or another program) is using it. Stop that one first."),
                    output);
            assertFalse(output.contains("\tat "), "no stack trace on the terminal:\n" + output);
            assertTrue(Files.readString(dataDir.resolve("logs").resolve("inkwell.0.log")).contains("XSDB6"),
                    "the details are in the log");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskKeepsTheTextSaysWhatToDoAndRecoversOnceThereIsSpace() throws Exception {
        Path disk = folder.resolve("disk");
        Files.createDirectories(disk);
        // A small disk of our own: tmpfs, owned by this user; mounting needs root, or sudo without a password.
        String owner = "uid=" + Files.getAttribute(disk, "unix:uid") + ",gid=" + Files.getAttribute(disk, "unix:gid");
        NeededOnCi.require(run(asRoot("mount", "-t", "tmpfs", "-o", "size=48m,mode=0700," + owner, "tmpfs",
                disk.toString())) == 0, "mounting a 48 MiB tmpfs needs root or sudo without a password");
        List<Child> children = new ArrayList<>();
        try {
            Path dataDir = disk.resolve("blog");
            Child first = Child.start(dataDir);
            children.add(first);
            first.url(); // ready: it has written inkwell.url
            BlogClient browser = BlogClient.ownerOf(dataDir);
            String kept = browser.postForm("/posts", post("Written with room to spare")).headers()
                    .firstValue("Location").orElseThrow();
            Path filler = disk.resolve("filler");
            fill(filler);

            HttpResponse<String> refused = browser.postForm("/posts", post("Written on a full disk"));
            assertEquals(503, refused.statusCode());
            assertTrue(refused.body().contains("the disk that holds the blog is full"), refused.body());
            assertTrue(refused.body().contains("Written on a full disk") && refused.body().contains("Every word kept"),
                    "the form comes back with the text");
            first.stop();

            Child onFullDisk = Child.start(disk.resolve("another-blog"));
            children.add(onFullDisk);
            assertEquals(2, onFullDisk.exitCode(60), "a data folder it cannot write to");
            assertTrue(onFullDisk.output().contains("is full (") && onFullDisk.output().contains(
                    "Free some space on it and start Inkwell again."), onFullDisk.output());
            assertFalse(onFullDisk.output().contains("\tat "), "no stack trace:\n" + onFullDisk.output());

            Files.delete(filler);
            Child restarted = Child.start(dataDir);
            children.add(restarted);
            restarted.url();
            BlogClient again = BlogClient.ownerOf(dataDir);
            assertEquals(200, again.get(kept).statusCode(), "the post saved before the disk filled is there");
            assertEquals(303, again.postForm("/posts", post("Written after freeing space")).statusCode());
            restarted.stop();
        } finally {
            for (Child child : children) {
                child.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            run(asRoot("umount", disk.toString()));
        }
    }

    private static Map<String, String> post(String title) {
        return Map.of("title", title, "name", "Ada", "content", "Every word kept. " + "lorem ipsum ".repeat(3000));
    }

    /** Writes until the disk refuses. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 1024; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return;
        }
        throw new AssertionError("1 GiB written to a 48 MiB disk");
    }

    /** The command as root: as it is when this runs as root, else through sudo (never asking for a password). */
    private static String[] asRoot(String... command) {
        if ("root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> sudo = new ArrayList<>(List.of("sudo", "-n"));
        sudo.addAll(List.of(command));
        return sudo.toArray(new String[0]);
    }

    private static int run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return -1;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(20, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** The launcher in a child JVM, its standard output and error read as one. */
    private record Child(Process process, CompletableFuture<String> ready, StringBuffer lines,
                         CompletableFuture<String> drained) {
        static Child start(Path dataDir) throws IOException {
            Process process = InkwellChild.command("--headless", "--port", "0", "--data-dir", dataDir.toString())
                    .redirectErrorStream(true).start();
            Child child = new Child(process, new CompletableFuture<>(), new StringBuffer(), new CompletableFuture<>());
            Thread reader = new Thread(child::read, "child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.append(line).append('\n');
                    if (line.startsWith(InkwellChild.READY_PREFIX)) {
                        ready.complete(line.substring("Inkwell running at ".length()));
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new AssertionError("exited without a ready line:\n" + lines));
            drained.complete(lines.toString());
        }

        URI url() throws Exception {
            return URI.create(ready.get(60, TimeUnit.SECONDS));
        }

        int exitCode(long seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + seconds + " s");
            }
            return process.exitValue();
        }

        /** Everything the process printed, once it has ended and the reader has read it all. */
        String output() throws Exception {
            return drained.get(20, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertEquals(0, exitCode(30), "a SIGTERM stop exits 0:\n" + lines);
        }
    }
}
