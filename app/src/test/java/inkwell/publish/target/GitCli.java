package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The git command-line client, the independent judge of what JGit pushed: it fails the test when git fails. */
final class GitCli {
    private GitCli() {
    }

    /** Runs {@code git ARGS} in the folder and returns its standard output, trimmed. */
    static String git(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Someone Else", "-c",
                "user.email=else@example.org", "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " finished in time");
        String text = new String(output, StandardCharsets.UTF_8).strip();
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ":\n" + text);
        return text;
    }

    /** A new bare repository, as a Git host keeps one. */
    static Path bareRepository(Path parent, String name) throws IOException, InterruptedException {
        git(parent, "init", "--quiet", "--bare", name);
        return parent.resolve(name);
    }

    static int commitCount(Path bare, String branch) throws IOException, InterruptedException {
        return Integer.parseInt(git(bare, "rev-list", "--count", branch));
    }

    static List<String> files(Path bare, String branch) throws IOException, InterruptedException {
        return git(bare, "ls-tree", "-r", "--name-only", branch).lines().toList();
    }

    static List<String> lastCommitChanges(Path bare, String branch) throws IOException, InterruptedException {
        return git(bare, "diff", "--name-only", branch + "~1", branch).lines().toList();
    }

    static boolean available() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
