package inkwell.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The images in {@code <data-dir>/media}, each named by the SHA-256 of its bytes: the same image stored twice is
 * one file, a file's name proves what it holds, and a file once written never changes (which is what lets it be
 * cached for a year). Files are written under a temporary name and moved into place, so a reader never sees half
 * of one. Uploads wait in {@code media/.incoming} while they are read.
 */
public final class MediaStore {
    private final Path folder;
    private final Path incoming;

    public MediaStore(Path folder) throws IOException {
        this.folder = folder;
        this.incoming = folder.resolve(".incoming");
        Files.createDirectories(incoming);
        clearIncoming();
    }

    Path folder() {
        return folder;
    }

    Path incoming() {
        return incoming;
    }

    /** Stores the image and its smaller copy (when it has one); the name of the image, whether new or not. */
    MediaName store(PreparedImage image) throws IOException {
        MediaName name = MediaName.of(sha256(image.bytes()), image.kind());
        write(name, image.bytes());
        if (image.small().isPresent()) {
            write(name.smallCopy(), image.small().get());
        }
        return name;
    }

    /** The file behind a name, when it is stored. */
    Optional<Path> file(MediaName name) {
        Path file = folder.resolve(name.fileName());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The stored images' file names an HTML page or Markdown text links (smaller copies too), in order. */
    public static List<String> namesIn(String text) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher found = MediaName.IN_TEXT.matcher(text);
        while (found.find()) {
            names.add(found.group(1));
        }
        return names;
    }

    /** A stored image's bytes by its file name, for the published site; empty when there is no such image. */
    public Optional<byte[]> bytes(String fileName) {
        try {
            Optional<Path> file = MediaName.parse(fileName).flatMap(this::file);
            return file.isEmpty() ? Optional.empty() : Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + fileName + " from " + folder, e);
        }
    }

    /** Every stored file's name (images and their smaller copies), in name order: what an export carries. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (MediaName.parse(name).isPresent() && Files.isRegularFile(file)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** Every stored image (not the smaller copies), the newest first. */
    List<StoredImage> all() {
        List<StoredImage> images = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                MediaName.parse(file.getFileName().toString()).filter(name -> !name.small())
                        .ifPresent(name -> describe(name).ifPresent(images::add));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
        images.sort(Comparator.comparing(StoredImage::added).reversed().thenComparing(image -> image.name().hash()));
        return images;
    }

    /** An image's size, bytes and date, read from its header; empty when it is not stored (or unreadable). */
    Optional<StoredImage> describe(MediaName name) {
        return file(name).flatMap(file -> {
            try {
                ImageHeader header = ImageHeader.read(file, name.kind());
                FileTime added = Files.getLastModifiedTime(file);
                return Optional.of(new StoredImage(name, header.width(), header.height(), Files.size(file),
                        added.toInstant(), file(name.smallCopy()).isPresent()));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    /** Removes the image and its smaller copy; false when there was no such image. */
    boolean delete(MediaName name) throws IOException {
        boolean existed = Files.deleteIfExists(folder.resolve(name.original().fileName()));
        Files.deleteIfExists(folder.resolve(name.smallCopy().fileName()));
        return existed;
    }

    void write(MediaName name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name.fileName());
        if (Files.exists(target)) {
            return; // the same bytes, by their hash
        }
        Path temporary = Files.createTempFile(incoming, "store-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Uploads cut off by a crash or a stop are never finished: their leftovers go at the next start. */
    private void clearIncoming() throws IOException {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : leftovers.toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
