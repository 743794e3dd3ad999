package inkwell.desktop;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a platform opener ({@code xdg-open}, {@code open}, {@code rundll32}) and judges it: a missing one fails at
 * once, one that exits non-zero within a few seconds failed (xdg-open with no browser or no file manager), one
 * that exits 0 or keeps running is taken as working.
 */
final class Opener {
    private static final Logger LOG = LoggerFactory.getLogger(Opener.class);

    private Opener() {
    }

    static boolean run(List<String> command) {
        try {
            Process process = launch(command);
            if (!process.waitFor(3, TimeUnit.SECONDS) || process.exitValue() == 0) {
                return true;
            }
            LOG.info("{} exited with status {}", command.get(0), process.exitValue());
            return false;
        } catch (IOException e) {
            LOG.info("No opener {}: {}", command.get(0), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the command started, for an opener whose exit status says nothing. */
    static boolean start(List<String> command) {
        try {
            launch(command);
            return true;
        } catch (IOException e) {
            LOG.info("No opener {}: {}", command.get(0), e.getMessage());
            return false;
        }
    }

    private static Process launch(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
