package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inkwell publish} as a user runs it, in a child JVM: on a data folder nobody uses (it opens the blog
 * itself), and on one a running Inkwell holds (it hands the job over and shows the progress). Exit 0 when
 * published, 1 with one plain line when the publish failed, 2 for a wrong command line.
 */
class PublishCommandProcessTest {
    private static final long SECONDS = 90;
    @TempDir
    Path temp;

    /** A blog with two posts and, unless {@code address} is null, a public address; nobody holds it after. */
    private Path blogWithPosts(String address) throws Exception {
        Path data = temp.resolve("data");
        try (RunningBlog blog = RunningBlog.start(data)) {
            blog.createPost("Hello, readers", "Ada", "The first post, with `code`.");
            blog.createPost("Second", "Ada", "More.");
            if (address != null) {
                assertEquals(303, blog.postForm("/settings", Map.of("title", "Notes", "language", "en",
                        "posts_per_page", "10", "public_address", address)).statusCode());
            }
        }
        return data;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run publish(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("publish"));
        command.addAll(List.of(args));
        Process process = InkwellChild.command(command.toArray(String[]::new)).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("publish did not end");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void publishesAFolderNobodyHoldsAndSaysWhatItDid() throws Exception {
        Path data = blogWithPosts("https://example.org/notes/");
        Path site = temp.resolve("site");
        Run run = publish("--data-dir", data.toString(), "--to", site.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Rendered") && run.out().contains("Published:"), run.out());
        assertTrue(Files.readString(site.resolve("index.html")).contains("Hello, readers"));
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("https://example.org/notes/posts/"));

        Run again = publish("--data-dir", data.toString(), "--to", site.toString(),
                "--base-url", "https://ada.example.net/");
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("https://ada.example.net/posts/"),
                "--base-url wins over the settings for this publish");
    }

    @Test
    void aRunningInkwellDoesThePublishingAndTheCommandShowsItsProgress() throws Exception {
        Path data = blogWithPosts("https://example.org/notes/");
        Path bare = temp.resolve("remote.git");
        Process git = new ProcessBuilder("git", "init", "--bare", "-q", bare.toString()).inheritIO().start();
        assertTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, "git init");
        Process running = InkwellChild.launch("--headless", "--port", "0", "--data-dir", data.toString());
        try {
            URI url = InkwellChild.readyUrl(running);
            Run run = publish("--data-dir", data.toString(), "--to", bare.toUri().toString(), "--branch", "pages");
            assertEquals(0, run.exit(), run.out() + run.err());
            assertTrue(run.out().contains("Inkwell is running at " + url + "; it publishes."), run.out());
            assertTrue(run.out().contains("Published:") && run.out().contains("commit"), run.out());
            Process show = new ProcessBuilder("git", "--git-dir", bare.toString(), "show", "pages:index.html")
                    .redirectErrorStream(true).start();
            String index = new String(show.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(show.waitFor(30, TimeUnit.SECONDS) && show.exitValue() == 0, index);
            assertTrue(index.contains("Hello, readers"), index);
            assertTrue(running.isAlive(), "the running Inkwell goes on serving");
        } finally {
            running.toHandle().destroy();
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        }
    }

    @Test
    void failuresEndWithOnePlainLineAndTheirExitStatus() throws Exception {
        Path data = blogWithPosts(null);
        Run noAddress = publish("--data-dir", data.toString(), "--to", temp.resolve("site").toString());
        assertEquals(1, noAddress.exit());
        assertTrue(noAddress.err().contains("Set the blog's public address in Settings first"), noAddress.err());

        Path photos = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(photos.resolve("cat.jpg"), "meow");
        Run foreign = publish("--data-dir", data.toString(), "--to", photos.toString(), "--base-url",
                "https://example.org/");
        assertEquals(1, foreign.exit());
        assertTrue(foreign.err().contains("Inkwell did not write"), foreign.err());
        assertEquals("meow", Files.readString(photos.resolve("cat.jpg")));

        Run wrongAddress = publish("--data-dir", data.toString(), "--base-url", "ftp://example.org/");
        assertEquals(2, wrongAddress.exit());
        assertTrue(wrongAddress.err().contains("--base-url: The public address must start with https://"),
                wrongAddress.err());

        for (Run run : List.of(noAddress, foreign, wrongAddress)) {
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        }
    }

    @Test
    void helpSaysHowToUseIt() throws IOException, InterruptedException, Exception {
        Run help = publish("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: java -jar inkwell.jar publish"), help.out());
    }
}
