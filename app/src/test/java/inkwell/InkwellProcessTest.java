package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract, on a real separate JVM: the ready line, help, version, exit codes, and a clean
 * stop on SIGTERM that keeps the posts for the next start. Each process is bounded and stopped by its PID.
 */
class InkwellProcessTest {

    @TempDir
    Path dataDir;

    private static Process launch(String... args) throws IOException {
        return InkwellChild.launch(args);
    }

    private static String readyLine(BufferedReader out) throws IOException {
        return InkwellChild.readyLine(out);
    }

    private static int finish(Process process, long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not exit within " + seconds + " s");
        }
        return process.exitValue();
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void printsTheReadyLineServesAndStopsCleanlyOnSigterm() throws Exception {
        Process process = launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = readyLine(out);
            assertTrue(line.matches("Inkwell running at http://127\\.0\\.0\\.1:\\d+/"), line);
            URI url = URI.create(line.substring("Inkwell running at ".length()));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : new String[] {"", "posts", "signin"}) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(url.resolve(path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), path);
            }
            assertEquals(303, client.send(HttpRequest.newBuilder(url.resolve("new")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "a reader is sent to sign in");
            assertEquals(200, BlogClient.ownerOf(dataDir).get("/new").statusCode(), "the owner writes");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve("inkwell.url"))));
            long start = System.nanoTime();
            process.toHandle().destroy(); // SIGTERM, leaving our end of the pipes open
            assertEquals(0, finish(process, 10), "clean stop exits 0");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
            assertEquals(null, out.readLine(), "nothing but the ready line on standard output");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void helpAndVersionExitZero() throws Exception {
        Process help = launch("--help");
        assertEquals(0, finish(help, 30));
        String usage = output(help);
        assertTrue(usage.contains("--data-dir DIR") && usage.contains("--headless"), usage);
        Process version = launch("--version");
        assertEquals(0, finish(version, 30));
        assertTrue(output(version).matches("Inkwell \\S+\\R"));
    }

    @Test
    void theSelfTestWalksEveryPageInATemporaryFolderAndExitsZero() throws Exception {
        Process selfTest = launch("--self-test");
        assertEquals(0, finish(selfTest, 60));
        String report = output(selfTest);
        assertTrue(report.matches("(?s)Self-test passed: 1[0-9] requests answered as expected in \\d+ ms\\R"), report);
    }

    @Test
    void wrongFlagsExitTwoWithAMessage() throws Exception {
        for (String[] args : new String[][] {{"--bogus"}, {"--port", "x"}, {"--port"}}) {
            Process process = launch(args);
            assertEquals(2, finish(process, 30), String.join(" ", args));
        }
    }

    @Test
    void anExplicitBusyPortExitsTwo() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process process = launch("--headless", "--port", String.valueOf(busy.getLocalPort()),
                    "--data-dir", dataDir.toString());
            assertEquals(2, finish(process, 60));
        }
    }

    @Test
    void aSecondLaunchOnTheSameFolderHandsOverWithinTwoSecondsAndAKilledOneIsRecovered() throws Exception {
        Process first = launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String url = readyLine(out).substring("Inkwell running at ".length());
            String post = createPost("Survives kill -9");
            long start = System.nanoTime();
            Process second = launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
            assertEquals(0, finish(second, 10));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals("Inkwell is already running at " + url, output(second).strip());
            assertTrue(millis < 2000, "handed over in " + millis + " ms");
            assertEquals(200, status(URI.create(url).resolve(post)), "the first one still serves");

            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: the lock is left behind
            Process third = launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
            try {
                BufferedReader thirdOut = new BufferedReader(new InputStreamReader(third.getInputStream(),
                        StandardCharsets.UTF_8));
                String thirdUrl = readyLine(thirdOut).substring("Inkwell running at ".length());
                assertEquals(200, status(URI.create(thirdUrl).resolve(post)), "stale lock recovered, post intact");
                third.toHandle().destroy();
                assertEquals(0, finish(third, 10));
            } finally {
                third.destroyForcibly();
            }
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void secondLaunchesLeaveTheRunningOnesLogAlone() throws Exception {
        String[] args = {"--headless", "--port", "0", "--data-dir", dataDir.toString()};
        Process first = launch(args);
        try {
            URI url = InkwellChild.readyUrl(first);
            Path logs = dataDir.resolve("logs");
            Path log = logs.resolve("inkwell.0.log");
            String before = Files.readString(log);
            assertTrue(before.contains("Inkwell") && !before.isBlank(), "the first one logs: " + before);
            for (int i = 0; i < 2; i++) { // the second one used to open inkwell.0.log.1, the next emptied it
                Process second = launch(args);
                assertEquals("Inkwell is already running at " + url, output(second).strip());
                assertEquals(0, finish(second, 10));
            }
            try (Stream<Path> files = Files.list(logs)) {
                assertEquals(Set.of("inkwell.0.log", "inkwell.0.log.lck"), files.map(file -> file.getFileName()
                        .toString()).filter(name -> !name.equals("derby.log")).collect(Collectors.toSet()));
            }
            first.toHandle().destroy();
            assertEquals(0, finish(first, 10));
            String after = Files.readString(log);
            assertTrue(after.startsWith(before) && after.contains("Inkwell stopped cleanly"),
                    "the first one's log is whole: " + after);
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutDataDirTheDataGoesUnderHomeFromTheEnvironment() throws Exception {
        Path home = Files.createDirectories(dataDir.resolve("home"));
        Path accountHome = dataDir.resolve("account-home");
        ProcessBuilder builder = InkwellChild.command("--headless", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        // user.home stands in for the account's home from the password database, so that a regression writes
        // into this test's folder rather than the real home.
        builder.command().add(1, "-Duser.home=" + accountHome);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_DATA_HOME");
        Process process = builder.start();
        try {
            InkwellChild.readyUrl(process);
            assertTrue(Files.isDirectory(home.resolve(".local/share/inkwell/db")), "the data is under $HOME");
            assertFalse(Files.exists(accountHome), "nothing in the account's home");
            process.toHandle().destroy();
            assertEquals(0, finish(process, 10));
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Creates a post through the real form (token and cookie included), signed in as the owner's scripts do (from
     * {@code inkwell.url}), and returns its path.
     */
    private String createPost(String title) throws Exception {
        HttpResponse<String> created = BlogClient.ownerOf(dataDir).postForm("/posts", java.util.Map.of("title", title,
                "name", "Ada", "content", "Written before the crash."));
        assertEquals(303, created.statusCode());
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static int status(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aSigtermStopLeavesNoExceptionInTheLogAndTheFoldersInPlace() throws Exception {
        Process process = launch("--headless", "--port", "0", "--data-dir", dataDir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            URI url = URI.create(readyLine(out).substring("Inkwell running at ".length()));
            createPost("Logged cleanly");
            process.toHandle().destroy();
            assertEquals(0, finish(process, 10));
        } finally {
            process.destroyForcibly();
        }
        String log = java.nio.file.Files.readString(dataDir.resolve("logs").resolve("inkwell.0.log"));
        assertTrue(log.contains("Inkwell stopped cleanly"), log);
        assertTrue(!log.contains("Exception") && !log.contains("ERROR"), log);
        assertTrue(java.nio.file.Files.isDirectory(dataDir.resolve("db")));
    }

    @Test
    void anUnwritableDataFolderExitsTwoWithAMessage() throws Exception {
        Path file = dataDir.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        Process process = InkwellChild.command("--headless", "--port", "0", "--data-dir", file.resolve("sub").toString())
                .redirectErrorStream(true).start();
        assertEquals(2, finish(process, 30));
        assertTrue(output(process).contains("--data-dir DIR"));
    }

    @Test
    void theBrowserOpensWhileTheDatabaseStartsAndItsFirstPageAlreadyHasTheWelcome() throws Exception {
        Path browser = dataDir.resolve("browser.sh");
        Path started = dataDir.resolve("browser-started");
        Path page = dataDir.resolve("browser-page.html");
        Path jar = dataDir.resolve("browser-cookies");
        Path landed = dataDir.resolve("browser-address");
        // A browser that notes when it was asked, then loads the page once, as soon as it can, following
        // redirects with a cookie jar as a browser does, and noting the address it ended at.
        java.nio.file.Files.writeString(browser, "#!/bin/sh\ndate +%s%3N > " + started + "\n"
                + "curl -s -L -b " + jar + " -c " + jar + " --max-time 60 -w '%{url_effective}' -o " + page
                + ".part \"$1\" > " + landed + " && mv " + page + ".part " + page + "\n");
        assertTrue(browser.toFile().setExecutable(true));
        Path blogDir = dataDir.resolve("blog");
        ProcessBuilder builder = InkwellChild.command("--no-tray", "--port", "0", "--data-dir", blogDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("INKWELL_BROWSER", browser + " %s");
        Process process = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            readyLine(out);
            long ready = System.currentTimeMillis();
            Eventually.await(java.time.Duration.ofSeconds(30), () -> java.nio.file.Files.exists(page),
                    "the page the browser loaded");
            String html = java.nio.file.Files.readString(page);
            assertTrue(html.contains("Welcome to Inkwell"), "the first page the browser gets has the welcome post");
            assertTrue(html.contains(">Write</a>"), "the browser Inkwell opens is signed in as the owner");
            String address = java.nio.file.Files.readString(landed);
            assertTrue(address.matches("http://127\\.0\\.0\\.1:\\d+/"), "a clean address, no token: " + address);
            long browserStarted = Long.parseLong(java.nio.file.Files.readString(started).trim());
            assertTrue(browserStarted <= ready, "the browser was started " + (browserStarted - ready)
                    + " ms after the ready line, not while the database started");
            // A second launch hands over to this one, and its browser is signed in too (with a fresh cookie jar).
            java.nio.file.Files.delete(page);
            java.nio.file.Files.delete(jar);
            ProcessBuilder again = InkwellChild.command("--no-tray", "--port", "0", "--data-dir", blogDir.toString())
                    .redirectErrorStream(true);
            again.environment().put("INKWELL_BROWSER", browser + " %s");
            Process second = again.start();
            assertEquals(0, finish(second, 20));
            Eventually.await(java.time.Duration.ofSeconds(30), () -> java.nio.file.Files.exists(page),
                    "the page the second launch's browser loaded");
            assertTrue(java.nio.file.Files.readString(page).contains(">Write</a>"), "signed in on a second launch");
            process.toHandle().destroy();
            assertEquals(0, finish(process, 20));
        } finally {
            process.destroyForcibly();
        }
    }
}
