package inkwell.transfer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where imports start: a source (an Inkwell export or a Jekyll or Hugo site, as a zip or a folder; a Ghost JSON or
 * WordPress WXR file) is recognised,
 * a zip unpacked with {@link SafeZip} into a folder of its own under the data folder's temporary area (removed
 * afterwards), read into an {@link ImportPlan}, then previewed or imported by the {@link Importer}.
 */
public final class Imports {
    private final Importer importer;
    private final Path temporary;
    private final Clock clock;

    public Imports(Importer importer, Path temporary, Clock clock) {
        this.importer = importer;
        this.temporary = temporary;
        this.clock = clock;
    }

    /** The folder where uploads and unpacked zips wait (the Import page keeps an upload here until confirmed). */
    public Path temporary() throws IOException {
        return Files.createDirectories(temporary);
    }

    /** What importing {@code source} would bring; nothing is written. */
    public ImportReport preview(Path source) throws ImportRefused, IOException {
        return withPlan(source, importer::preview);
    }

    /** Imports {@code source}: everything it report lists, or (when it throws) nothing. */
    public ImportReport run(Path source) throws Exception {
        String reason = "import of " + source.getFileName();
        return withPlan(source, plan -> importer.run(plan, reason));
    }

    private interface PlanWork<T, E extends Exception> {
        T on(ImportPlan plan) throws E, IOException, ImportRefused;
    }

    private <T, E extends Exception> T withPlan(Path source, PlanWork<T, E> work) throws E, IOException,
            ImportRefused {
        if (Files.isDirectory(source)) {
            return work.on(read(source));
        }
        if (!Files.isRegularFile(source)) {
            throw new ImportRefused("There is no file or folder " + source + " to import.");
        }
        if (GhostReader.isJson(source)) {
            return work.on(GhostReader.read(source, clock.instant()));
        }
        if (WxrReader.isXml(source)) {
            return work.on(WordPressReader.read(source, clock.instant()));
        }
        if (!isZip(source)) {
            throw new ImportRefused("This file is not a source Inkwell imports: give an Inkwell export (.zip), "
                    + "a Jekyll or Hugo site as a folder or .zip, a Ghost export (.json) or a WordPress export (.xml).");
        }
        Path unpacked = temporary().resolve("unpacked-" + UUID.randomUUID());
        try {
            Files.createDirectories(unpacked);
            SafeZip.extract(source, unpacked);
            return work.on(read(root(unpacked)));
        } finally {
            delete(unpacked);
        }
    }

    private ImportPlan read(Path folder) throws ImportRefused, IOException {
        if (InkwellExportReader.isExport(folder)) {
            return InkwellExportReader.read(folder, clock.instant());
        }
        if (MarkdownFolderReader.isJekyll(folder)) {
            return MarkdownFolderReader.jekyll(folder, clock.instant());
        }
        if (MarkdownFolderReader.isHugo(folder)) {
            return MarkdownFolderReader.hugo(folder, clock.instant());
        }
        throw new ImportRefused("Inkwell does not recognise this folder: an Inkwell export has "
                + InkwellExportReader.SITE + ", a Jekyll site a _posts folder, a Hugo site a content folder.");
    }

    /** A zip of a site's folder holds that folder alone: its contents are the site. */
    private static Path root(Path unpacked) throws IOException {
        if (known(unpacked)) {
            return unpacked;
        }
        try (Stream<Path> entries = Files.list(unpacked)) {
            List<Path> all = entries.toList();
            return all.size() == 1 && Files.isDirectory(all.get(0), LinkOption.NOFOLLOW_LINKS) ? all.get(0) : unpacked;
        }
    }

    private static boolean known(Path folder) {
        return InkwellExportReader.isExport(folder) || MarkdownFolderReader.isJekyll(folder)
                || MarkdownFolderReader.isHugo(folder);
    }

    /** By what the file holds, not its name: a zip starts with a local file header (or, empty, its end record). */
    private static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4
                    || head[2] == 5 && head[3] == 6);
        }
    }

    /** The file's first byte that is not white space or part of a UTF-8 byte-order mark (-1 when it has none). */
    static int firstCharacter(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c;
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
