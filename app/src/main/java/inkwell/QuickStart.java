package inkwell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The quick start, {@code java -jar inkwell.jar} with no JVM options, runs the blog in a second JVM started with
 * the installed launcher's options. A running JVM cannot lower its heap ceiling (a quarter of the machine), and G1
 * under a browser's load grew to 350-600 MiB where the tuned options hold about 110; a relaunched pair measured
 * less than in-process limits (bench/README.md, issue 19). This parent stays small: it loads nothing of the blog,
 * hands its standard output and error to the child, forwards SIGTERM and Ctrl+C to it, and exits with its status.
 * The child watches a pipe from the parent and stops cleanly when the parent is gone (even after kill -9).
 * Any JVM option other than a system property means the user chose their JVM: then nothing is relaunched, and so
 * it is with {@code -Dinkwell.relaunch=false}.
 */
final class QuickStart {
    /** The installed launcher's options (installer/pom.xml; {@code QuickStartTest} keeps the two the same). */
    static final List<String> TUNED_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx64m", "-Xms16m", "-Xss512k",
            "-XX:ReservedCodeCacheSize=32m", "-XX:CICompilerCount=1", "-XX:TieredStopAtLevel=1", "-Xmn4m",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    /** Set in the child: the parent's PID, and the sign that this JVM was relaunched. */
    static final String PARENT_PROPERTY = "inkwell.parent";
    static final String RELAUNCH_PROPERTY = "inkwell.relaunch";

    private QuickStart() {
    }

    /** True when this JVM got no options of its own and is not already the relaunched one. */
    static boolean wanted() {
        if (System.getProperty(PARENT_PROPERTY) != null || "false".equals(System.getProperty(RELAUNCH_PROPERTY))) {
            return false;
        }
        // The installed launcher (jpackage sets this property) starts the JVM with the tuned options itself; its
        // command line holds only the program's arguments, which must not be read as a JVM without options.
        if (System.getProperty("jpackage.app-path") != null) {
            return false;
        }
        return JvmOptions.given().stream().allMatch(option -> option.startsWith("-D"));
    }

    /**
     * Runs Inkwell with {@code args} in a tuned child JVM and returns its exit status; -1 when the child could not
     * be started at all (the caller then runs the blog in this JVM).
     */
    static int relaunch(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TUNED_OPTIONS);
        if (linux()) {
            command.add("-XX:TrimNativeHeapInterval=2000");
        }
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        // System properties given to this JVM go on to the blog's.
        command.addAll(JvmOptions.given());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Inkwell.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (linux()) {
            // Two malloc arenas instead of one per thread and core, as the installed launcher sets (about 10 MiB).
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        }
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("inkwell: could not start a tuned JVM (" + e.getMessage() + "); running in this one");
            return -1;
        }
        System.err.println("inkwell: running in a JVM with the installed app's memory settings, PID " + child.pid());
        // SIGTERM and Ctrl+C end this JVM through its shutdown hooks: the child gets SIGTERM, stops cleanly, and
        // its status becomes this process's (halt: the JVM would otherwise exit with 143 or 130).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    Runtime.getRuntime().halt(child.waitFor(30, TimeUnit.SECONDS) ? child.exitValue() : 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "inkwell-stop-child"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Only the end of the child ends the wait.
            }
        }
    }

    /**
     * In the relaunched JVM: stops it (System.exit runs the clean shutdown) once its standard input, the pipe from
     * the parent, ends, which is when the parent is gone however it went.
     */
    static void stopWhenTheParentGoes() {
        if (System.getProperty(PARENT_PROPERTY) == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            try (InputStream fromParent = System.in) {
                while (fromParent.read() >= 0) {
                    // The parent never writes; anything that comes is ignored.
                }
            } catch (IOException e) {
                // A broken pipe is the parent gone, too.
            }
            System.exit(Inkwell.EXIT_OK);
        }, "inkwell-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
