package inkwell;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Memory when Inkwell runs in a JVM started with no options and nothing was relaunched (the quick start normally
 * relaunches itself with the launcher's options, {@link QuickStart}; this is for {@code -Dinkwell.relaunch=false}
 * and a relaunch that failed): the JVM then takes a quarter of the machine as its heap ceiling and G1 keeps what
 * it grew to under load. A running JVM cannot lower its ceiling, so this sets what the JVM lets it set at run
 * time: G1 gives back free heap after each collection (Min/MaxHeapFreeRatio), and collects once when it has been
 * idle a while (G1PeriodicGCInterval). Measured after a browser's load: 348 MiB with this, where the relaunched
 * pair held 160 (bench/README.md, issue 19). Options the user gave win: nothing is changed when the heap or the
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
