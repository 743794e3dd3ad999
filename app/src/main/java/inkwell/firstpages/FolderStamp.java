package inkwell.firstpages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Fingerprints of what a kept home page depends on besides the time: the database's files as they lie at rest
 * (names, sizes, times; any program that opened or replaced the database changes them), and the code that renders
 * the page (the bytes of the application jar or class folder). CRC-32 rather than a cryptographic hash: it guards
 * against accidents, not attackers (whoever can write the data folder can write the page itself), and the JDK
 * computes it natively, which matters in the first milliseconds of a start when nothing is compiled yet.
 */
final class FolderStamp {
    private FolderStamp() {
    }

    /** Every file's name, size and modification time under {@code folder}; empty when it does not exist. */
    static String ofFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                lines.add(folder.relativize(file) + " " + attributes.size() + " "
                        + attributes.lastModifiedTime().toMillis());
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        lines.sort(null);
        CRC32 crc = new CRC32();
        lines.forEach(line -> crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return lines.size() + ":" + Long.toHexString(crc.getValue());
    }

    /** The contents of a jar, or of every file in a class folder. */
    static String ofCode(Path codeSource) throws IOException {
        CRC32 crc = new CRC32();
        long bytes = 0;
        List<Path> files;
        if (Files.isDirectory(codeSource)) {
            try (Stream<Path> walk = Files.walk(codeSource)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(codeSource);
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            // Where the code lies is not part of it: the jar installed and the jar built are the same code.
            crc.update(codeSource.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    crc.update(buffer, 0, read);
                    bytes += read;
                }
            }
        }
        return files.size() + ":" + bytes + ":" + HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
