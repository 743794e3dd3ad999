package inkwell.publish.target;

import inkwell.NeededOnCi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tiny disk of the test's own (tmpfs) to fill up. Mounting needs root, which CI has; elsewhere the test is skipped
 * with the reason. Unmounted when closed.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static SmallDisk mount(Path mountPoint, String size) throws IOException, InterruptedException {
        NeededOnCi.require(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()) == 0,
                "mounting a " + size + " tmpfs needs root");
        return new SmallDisk(mountPoint);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", mountPoint.toString());
    }
}
