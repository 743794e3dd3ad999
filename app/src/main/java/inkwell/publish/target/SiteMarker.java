package inkwell.publish.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The file that tells a folder Inkwell published to from anybody else's: it lists the files Inkwell wrote there,
 * so a later publish deletes those and only those. A folder without it is Inkwell's only while it is empty.
 */
final class SiteMarker {
    static final String NAME = ".inkwell-site";
    private static final String HEADER = "# Written by Inkwell. The files listed below are the ones it published here;"
            + " it deletes no others.\n";
    private final Path folder;

    SiteMarker(Path folder) {
        this.folder = folder;
    }

    /** The files Inkwell wrote here before (none for a new or empty folder); refuses a folder that is not its own. */
    Set<String> claim() throws PublishFailure {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                return Set.of();
            }
            if (!Files.isDirectory(folder)) {
                throw new PublishFailure(folder + " is a file, not a folder; choose a folder to publish into.");
            }
            Path marker = folder.resolve(NAME);
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                return listed(Files.readAllLines(marker, StandardCharsets.UTF_8));
            }
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new PublishFailure("The folder " + folder + " holds files Inkwell did not write; choose an"
                            + " empty folder or one Inkwell published to before.");
                }
            }
            return Set.of();
        } catch (IOException e) {
            throw new PublishFailure("Could not read the folder " + folder + ": " + FolderWriter.reason(e) + ".", e);
        }
    }

    static byte[] text(Collection<String> paths) {
        StringBuilder text = new StringBuilder(HEADER);
        paths.forEach(path -> text.append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Only plain relative paths count: a hand-edited marker must not lead a delete outside the folder. */
    private Set<String> listed(Collection<String> lines) {
        Set<String> paths = new TreeSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path resolved = folder.resolve(line).normalize();
            if (!line.startsWith("/") && !line.contains("\\") && resolved.startsWith(folder) && !resolved.equals(folder)
                    && !line.equals(NAME)) {
                paths.add(line);
            }
        }
        return paths;
    }
}
