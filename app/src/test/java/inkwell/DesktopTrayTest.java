package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tray on a real X display: Xvfb with Debian's trayer as the tray host, the real launcher in a child JVM,
 * its real tray icon and menu; Quit stops it with exit status 0. Without a display (DISPLAY pointing nowhere)
 * the blog still serves. Every process started here is stopped here, by PID.
 */
class DesktopTrayTest {
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void stopEverything() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).destroyForcibly();
        }
    }

    private static boolean installed(String program) {
        return Files.isExecutable(Path.of("/usr/bin", program));
    }

    private Process start(List<String> command, String display) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("INKWELL_"));
        builder.environment().put("DISPLAY", display);
        builder.environment().put("INKWELL_BROWSER", "true"); // a browser command that opens nothing
        Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        started.add(process);
        return process;
    }

    private static List<String> java(String mainClass, String... args) {
        // One JVM: the probe looks for the tray icon in its own (QuickStartProcessTest covers the relaunch).
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + QuickStart.RELAUNCH_PROPERTY + "=false", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void trayShowsTheMenuAndQuitStopsCleanly() throws Exception {
        NeededOnCi.require(installed("Xvfb") && installed("trayer") && installed("xwininfo") && installed("import"),
                "Xvfb, trayer, xwininfo and import (xvfb, trayer, x11-utils, imagemagick) are not installed (.ci/run "
                        + "installs them)");
        // Xvfb picks a free display and prints its number once it takes clients.
        Process xvfb = start(List.of("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "800x200x24", "-nolisten",
                "tcp"), "");
        String display = ":" + CompletableFuture.supplyAsync(() -> firstLine(xvfb)).get(20, TimeUnit.SECONDS);
        startTrayer(display);
        Process inkwell = start(java(TrayQuitProbe.class.getName(), "--port", "0", "--data-dir", dataDir.toString()),
                display);
        BufferedReader out = new BufferedReader(new InputStreamReader(inkwell.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        assertTrue(ready != null && ready.startsWith("Inkwell running at http://127.0.0.1:"), "ready: " + ready);
        String tray = out.readLine();
        // No tooltip (it came up over "Open blog"): the address heads the menu instead, not clickable.
        assertEquals("TRAY null | Inkwell at " + ready.substring("Inkwell running at ".length())
                + " (disabled), -, Open blog, Write a new post, Open data folder, -, Quit Inkwell", tray);
        // The icon fills the slot trayer gives it (24x30 on its 32-pixel panel): as large as fits, centred, and
        // the rest of the slot is the panel's colour (AWT alone drew it 24x24 at the top, over a grey band).
        Eventually.await(Duration.ofSeconds(10), () -> slotProblem(display) == null, "the icon fills its slot");
        inkwell.getOutputStream().write("quit\n".getBytes(StandardCharsets.UTF_8));
        inkwell.getOutputStream().flush();
        assertTrue(inkwell.waitFor(30, TimeUnit.SECONDS), "Quit ends the process");
        assertEquals(0, inkwell.exitValue(), "Quit is a clean stop");
    }

    /**
     * trayer, waited for until its panel is up. Once in a few dozen starts on a busy machine it never showed a
     * panel (seen here once in a run of the whole suite): a second start then works, so it gets three.
     */
    private void startTrayer(String display) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Process trayer = start(List.of("/usr/bin/trayer", "--edge", "top", "--align", "right", "--widthtype",
                    "request", "--height", "32", "--SetDockType", "true"), display);
            try {
                Eventually.await(Duration.ofSeconds(10),
                        () -> windows(display, "-children").contains("(\"panel\" \"trayer\")"),
                        "trayer's panel on display " + display + " (start " + attempt + " of 3)");
                return;
            } catch (AssertionError notUp) {
                trayer.destroyForcibly();
                trayer.waitFor(5, TimeUnit.SECONDS);
                if (attempt == 3) {
                    throw notUp;
                }
            }
        }
    }

    private static String firstLine(Process process) {
        try {
            return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The windows on a display, as xwininfo lists them: top-level ({@code -children}) or all ({@code -tree}). */
    private static String windows(String display, String which) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/xwininfo", "-root", which).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process xwininfo = builder.start();
        String listed = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(xwininfo.waitFor(10, TimeUnit.SECONDS), "xwininfo ends");
        return listed;
    }

    @Test
    void aDisplayWithoutAnXServerStillServes() throws Exception {
        servesWithoutATray(":77");
    }

    @Test
    void noDisplayAtAllStillServes() throws Exception {
        servesWithoutATray(null);
    }

    private void servesWithoutATray(String display) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(Inkwell.class.getName(), "--port", "0", "--no-browser",
                "--data-dir", dataDir.toString()));
        builder.environment().keySet().removeIf(name -> name.startsWith("INKWELL_"));
        if (display == null) {
            builder.environment().remove("DISPLAY");
        } else {
            builder.environment().put("DISPLAY", display);
        }
        Path errors = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.txt");
        Process inkwell = builder.redirectError(errors.toFile()).start();
        started.add(inkwell);
        BufferedReader out = new BufferedReader(new InputStreamReader(inkwell.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        assertTrue(ready != null && ready.startsWith("Inkwell running at "), "ready: " + ready);
        URI url = URI.create(ready.substring("Inkwell running at ".length()));
        HttpResponse<String> home = BlogClient.ownerOf(dataDir).get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/stop\""), "the web UI offers its owner Stop Inkwell");
        inkwell.toHandle().destroy();
        assertTrue(inkwell.waitFor(15, TimeUnit.SECONDS));
        assertEquals(0, inkwell.exitValue());
        assertTrue(Files.readString(errors).contains("No tray icon"), "says why there is no tray icon");
    }

    /** A screenshot with ImageMagick's import (kept for the README and the issue note). */
    private BufferedImage screenshot(String display) throws Exception {
        Path shot = Files.createDirectories(Path.of("target", "screenshots")).resolve("tray-xvfb.png");
        Process taking = start(List.of("/usr/bin/import", "-window", "root", shot.toString()), display);
        assertTrue(taking.waitFor(10, TimeUnit.SECONDS), "import ends");
        return ImageIO.read(shot.toFile());
    }

    /**
     * What is wrong with the tray icon's slot on the screen, or null: the slot is the icon's window as xwininfo
     * places it; the panel's colour is the pixel just left of it. Within the slot, what is not the panel's colour
     * must be a square no larger than the slot's shorter side, centred (the icon), and must be there.
     */
    private String slotProblem(String display) throws Exception {
        Matcher slot = Pattern.compile("\"JavaEmbeddedFrame\".*?(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(\\d+)\\+(\\d+)")
                .matcher(windows(display, "-tree"));
        if (!slot.find()) {
            return "no tray icon window";
        }
        int width = Integer.parseInt(slot.group(1));
        int height = Integer.parseInt(slot.group(2));
        int left = Integer.parseInt(slot.group(3));
        int top = Integer.parseInt(slot.group(4));
        BufferedImage screen = screenshot(display);
        if (left < 1 || left + width > screen.getWidth() || top + height > screen.getHeight()) {
            return "the icon's window is not in the panel yet: " + slot.group();
        }
        int panel = screen.getRGB(left - 1, top + height / 2);
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (screen.getRGB(left + x, top + y) != panel) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        int side = Math.min(width, height);
        String drawn = (maxX - minX + 1) + "x" + (maxY - minY + 1) + " at +" + minX + "+" + minY + " of a " + width + "x"
                + height + " slot";
        boolean square = maxX - minX + 1 >= side - 2 && maxX - minX + 1 <= side && maxY - minY + 1 >= side - 2
                && maxY - minY + 1 <= side;
        boolean centred = Math.abs(minX - (width - 1 - maxX)) <= 1 && Math.abs(minY - (height - 1 - maxY)) <= 1;
        return square && centred ? null : "the icon is drawn " + drawn;
    }


}
