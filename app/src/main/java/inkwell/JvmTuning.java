package inkwell;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Memory for the quick start, {@code java -jar inkwell.jar} with no options: the JVM then takes a quarter of the
 * machine as its heap ceiling and G1 keeps what it grew to under load (353 MiB after the benchmark, and still 344
 * MiB idle, where the installed launcher's tuned options hold about 125). A running JVM cannot lower its ceiling,
 * and relaunching itself would keep a second, idle JVM (about 40 MiB) beside a tuned one (about 125), so Inkwell
 * sets what the JVM lets it set at run time: G1 gives back free heap after each collection (Min/MaxHeapFreeRatio),
 * and collects once when it has been idle a while (G1PeriodicGCInterval), so the memory a load took returns soon
 * after it. Measured with `wrk` on a post, the list and home (8 s each, /tmp/memtest.sh in the issue note): 344
 * MiB idle 5 s after the load without this, 178 MiB 35 s after it with this (right after the load both vary
 * from 350 to 560 MiB on this shared machine). Options the user gave win: nothing is changed when the heap or the
 * collector was chosen on the command line.
 */
final class JvmTuning {
    private static final Logger LOG = LoggerFactory.getLogger(JvmTuning.class);
    static final Map<String, String> WHEN_UNTUNED = Map.of(
            "MinHeapFreeRatio", "5",
            "MaxHeapFreeRatio", "10",
            // Idle for this long (ms) with no collection: collect once and give the memory back. A desktop app is
            // idle most of the time; one small collection every quarter minute costs nothing it would notice.
            "G1PeriodicGCInterval", "15000");

    private JvmTuning() {
    }

    /** Applies {@link #WHEN_UNTUNED} unless the command line chose the heap or the collector. */
    static void applyWhenUntuned() {
        List<String> arguments = JvmOptions.given();
        boolean chosen = arguments.stream().anyMatch(arg -> arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize")
                || arg.startsWith("-XX:MaxRAM") || arg.matches("-XX:[+-]Use\\w+GC") || arg.contains("HeapFreeRatio"));
        if (chosen) {
            return;
        }
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // The order matters: the JVM refuses a minimum above the current maximum.
            hotSpot.setVMOption("MinHeapFreeRatio", WHEN_UNTUNED.get("MinHeapFreeRatio"));
            hotSpot.setVMOption("MaxHeapFreeRatio", WHEN_UNTUNED.get("MaxHeapFreeRatio"));
            if (ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(gc -> gc.getName().startsWith("G1"))) {
                hotSpot.setVMOption("G1PeriodicGCInterval", WHEN_UNTUNED.get("G1PeriodicGCInterval"));
            }
        } catch (RuntimeException e) {
            // Another JVM (no HotSpot, or a flag not manageable there): it keeps its own sizing.
            LOG.debug("JVM options not set at run time: {}", e.getMessage());
        }
    }
}
