package inkwell.media;

import inkwell.NeededOnCi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * ImageMagick, a real consumer and producer of image files: {@code identify} is the oracle for what was stored,
 * {@code convert} makes the WebP files the JDK cannot write.
 */
final class ImageMagick {
    private static final Path IDENTIFY = Path.of("/usr/bin/identify");
    private static final Path CONVERT = Path.of("/usr/bin/convert");

    private ImageMagick() {
    }

    /** "WIDTHxHEIGHT" as identify reads it. */
    static String size(Path image) throws Exception {
        return run("-format", "%wx%h", image.toString()).strip();
    }

    /** Everything identify knows about the image, EXIF and other properties included. */
    static String verbose(Path image) throws Exception {
        return run("-verbose", image.toString());
    }

    /** The image converted by ImageMagick to the format the target's extension names (such as .webp). */
    static Path convert(Path image, Path target) throws Exception {
        runTool(CONVERT, image.toString(), target.toString());
        return target;
    }

    private static String run(String... arguments) throws Exception {
        return runTool(IDENTIFY, arguments);
    }

    private static String runTool(Path tool, String... arguments) throws Exception {
        NeededOnCi.require(Files.isExecutable(tool), "ImageMagick's " + tool.getFileName() + " is not installed at "
                + tool + " (.ci/run installs the imagemagick package)");
        String[] command = new String[arguments.length + 1];
        command[0] = tool.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(tool.getFileName() + " failed: " + output);
        }
        return output;
    }
}
