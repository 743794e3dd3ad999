package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start's memory settings, read back from the running JVM with the JDK's own {@code jcmd}: set when
 * Inkwell is started with no options, left alone when the command line chose the heap.
 */
class JvmTuningProcessTest {
    @TempDir
    Path temp;

    @Test
    void anUntunedStartGivesMemoryBackAndAChosenHeapIsLeftAlone() throws Exception {
        // In one JVM (no relaunch: QuickStartProcessTest), the run-time settings are the fallback.
        String untuned = flags(List.of("-D" + QuickStart.RELAUNCH_PROPERTY + "=false"));
        assertEquals("10", value(untuned, "MaxHeapFreeRatio"));
        assertEquals("5", value(untuned, "MinHeapFreeRatio"));
        assertEquals("15000", value(untuned, "G1PeriodicGCInterval"));
        assertEquals("70", value(flags(List.of("-Xmx256m")), "MaxHeapFreeRatio"), "the JVM's default, untouched");
    }

    private static String value(String flags, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s+= (\\d+)").matcher(flags);
        assertTrue(value.find(), name + " in " + flags.length() + " characters of jcmd output");
        return value.group(1);
    }

    /** Starts Inkwell with {@code jvmOptions}, reads its flags with jcmd, stops it by its PID. */
    private String flags(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Inkwell.class.getName(), "--headless",
                "--port", "0", "--data-dir", temp.resolve("data-" + jvmOptions.hashCode()).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(key -> key.startsWith("INKWELL_") || key.equals("JAVA_TOOL_OPTIONS")
                || key.equals("JDK_JAVA_OPTIONS"));
        Process inkwell = builder.start();
        try {
            InkwellChild.readyUrl(inkwell);
            // Options on the command line win: no tuned JVM is started beside this one.
            assertEquals(0, inkwell.children().count(), "no relaunched JVM");
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(inkwell.pid()), "VM.flags", "-all").redirectErrorStream(true).start();
            String flags = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(jcmd.waitFor(30, TimeUnit.SECONDS));
            return flags;
        } finally {
            inkwell.toHandle().destroy();
            if (!inkwell.waitFor(20, TimeUnit.SECONDS)) {
                inkwell.destroyForcibly();
            }
        }
    }
}
