package inkwell.transfer;

import java.nio.file.Path;

/**
 * An image a source brings: its file, its name there, and the address the source's posts link it by
 * ({@code linkedAs}, such as {@code /assets/img/chart.png}), replaced in the posts by the address Inkwell gives it.
 */
record SourceImage(String name, Path file, String linkedAs) {
}
