package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start, Inkwell started with no JVM options as {@code java -jar} does: the blog runs in a child JVM
 * with the installed launcher's options, the ready line and the pages are unchanged, SIGTERM stops both with exit
 * status 0, and a parent killed with kill -9 leaves no child behind. Every process is stopped by its PID.
 */
class QuickStartProcessTest {
    private final List<ProcessHandle> started = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void theBlogRunsTunedInAChildAndSigtermStopsBothWithExitZero() throws Exception {
        Path errors = temp.resolve("stderr.txt");
        Process parent = quickStart(errors);
        URI url = InkwellChild.readyUrl(parent);
        ProcessHandle child = onlyChild(parent);
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        String childCommand = child.info().commandLine().orElse("");
        for (String option : QuickStart.TUNED_OPTIONS) {
            assertTrue(childCommand.contains(option), option + " in the child's command line: " + childCommand);
        }
        assertTrue(Files.readString(errors).contains("PID " + child.pid()), "the child's PID is told");
        assertTrue(Files.readString(temp.resolve("data").resolve("logs").resolve("inkwell.0.log"))
                .contains("runs in PID " + child.pid()), "and logged");

        parent.destroy(); // SIGTERM, as a service manager or kill sends it
        assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the quick start stops on SIGTERM");
        assertEquals(0, parent.exitValue(), "with the child's clean exit status");
        Eventually.await(Duration.ofSeconds(5), () -> !child.isAlive(), "the child " + child.pid() + " is gone");
    }

    @Test
    void aParentKilledWithKill9LeavesNoChildBehind() throws Exception {
        Process parent = quickStart(temp.resolve("stderr.txt"));
        InkwellChild.readyUrl(parent);
        ProcessHandle child = onlyChild(parent);
        parent.destroyForcibly();
        Eventually.await(Duration.ofSeconds(20), () -> !child.isAlive(), "the child " + child.pid() + " ends by itself");
    }

    @Test
    void theTunedOptionsAreTheInstalledLaunchers() throws Exception {
        String pom = Files.readString(Path.of("..", "installer", "pom.xml"));
        Set<String> installed = new TreeSet<>();
        Matcher property = Pattern.compile("<installer\\.(heap|heapStart|gc|stack|jit|compilers|tiers|young|diagnostic|archiveMapping)>([^<]+)<")
                .matcher(pom);
        while (property.find()) {
            installed.add(property.group(2));
        }
        assertEquals(installed, new TreeSet<>(QuickStart.TUNED_OPTIONS));
    }

    /** Inkwell with no JVM options at all and none from the environment, as the README's quick start runs it. */
    private Process quickStart(Path errors) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Inkwell.class.getName(), "--headless", "--port", "0",
                "--data-dir", temp.resolve("data").toString()).redirectError(errors.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("INKWELL_") || key.equals("JAVA_TOOL_OPTIONS")
                || key.equals("JDK_JAVA_OPTIONS") || key.equals("_JAVA_OPTIONS"));
        Process parent = builder.start();
        started.add(parent.toHandle());
        return parent;
    }

    private ProcessHandle onlyChild(Process parent) {
        List<ProcessHandle> children = parent.children().toList();
        started.addAll(children);
        assertEquals(1, children.size(), "one child JVM: " + children);
        assertFalse(children.get(0).info().commandLine().orElse("").isEmpty(), "its command line is readable");
        return children.get(0);
    }
}
