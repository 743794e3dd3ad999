package inkwell.media;

import inkwell.NeededOnCi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** ImageMagick's {@code identify}, a real consumer of image files, as the oracle for what was stored. */
final class Identify {
    private static final Path IDENTIFY = Path.of("/usr/bin/identify");

    private Identify() {
    }

    /** "WIDTHxHEIGHT" as identify reads it. */
    static String size(Path image) throws Exception {
        return run("-format", "%wx%h", image.toString()).strip();
    }

    /** Everything identify knows about the image, EXIF and other properties included. */
    static String verbose(Path image) throws Exception {
        return run("-verbose", image.toString());
    }

    private static String run(String... arguments) throws Exception {
        NeededOnCi.require(Files.isExecutable(IDENTIFY), "ImageMagick's identify is not installed at " + IDENTIFY
                + " (.ci/run installs the imagemagick package)");
        String[] command = new String[arguments.length + 1];
        command[0] = IDENTIFY.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("identify failed: " + output);
        }
        return output;
    }
}
