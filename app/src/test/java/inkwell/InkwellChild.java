package inkwell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real launcher in a child JVM, as a user starts it: tests end it by its PID (SIGTERM or kill -9). */
final class InkwellChild {
    static final String READY_PREFIX = "Inkwell running at http://";

    private InkwellChild() {
    }

    static Process launch(String... args) throws IOException {
        return command(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The launcher's command line in a child JVM, with none of this environment's INKWELL_ settings. */
    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // One JVM, as the installed launcher runs it: a kill -9 here must hit the blog itself (the quick
                // start's relaunch has its own test, QuickStartProcessTest).
                "-D" + QuickStart.RELAUNCH_PROPERTY + "=false",
                "-cp", System.getProperty("java.class.path"), Inkwell.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("INKWELL_"));
        return builder;
    }

    /** How a sub-command run to its end went. */
    record Ran(int exit, String out, String err) {
    }

    /** Runs a sub-command ({@code migrate …}) to its end, within {@code seconds}, with no standard input. */
    static Ran ran(long seconds, String... args) throws IOException, InterruptedException {
        Process process = command(args).start();
        process.getOutputStream().close();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not end in " + seconds + " s");
        }
        return new Ran(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    static String readyLine(BufferedReader out) throws IOException {
        String line = out.readLine();
        assertTrue(line != null && line.startsWith(READY_PREFIX), "ready line, got: " + line);
        return line;
    }

    /**
     * A browser signed in as the owner of the Inkwell running on {@code dataDir}, through the link it wrote to
     * {@code inkwell.url}, as the owner's scripts do.
     */
    static BlogClient owner(Path dataDir, URI url) throws IOException, InterruptedException {
        String link = inkwell.desktop.SingleInstance.signInLink(dataDir)
                .orElseThrow(() -> new AssertionError("no sign-in link in inkwell.url"));
        return new BlogClient(url.toString()).signIn(link);
    }

    /** Waits for the ready line of a launched process and returns the blog's address. */
    static URI readyUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return URI.create(readyLine(out).substring("Inkwell running at ".length()));
    }
}
