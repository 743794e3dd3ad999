package inkwell.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unzips an uploaded archive into a folder of our own, refusing the whole archive at the first sign of trouble:
 * more entries than any blog has, a name that leaves the folder ({@code ../}, an absolute path, a backslash, a
 * drive letter), or more bytes than allowed. The sizes the zip declares are not trusted: bytes are counted as
 * they are inflated, and an entry that inflates past {@value #MAX_RATIO} times its compressed size is a bomb.
 */
final class SafeZip {
    static final int MAX_ENTRIES = 50_000;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Below this, a high ratio is a text file of repeated lines, not a bomb. */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private SafeZip() {
    }

    static void extract(Path zipFile, Path into) throws ImportRefused, IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ImportRefused(String.format("The zip holds %,d files; an import takes at most %,d.",
                        zip.size(), MAX_ENTRIES));
            }
            long total = 0;
            int entries = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new ImportRefused("The zip holds more files than it says; it is refused.");
                }
                Path target = target(into, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copy(zip, entry, target, MAX_TOTAL_BYTES - total);
            }
        } catch (ZipException e) {
            throw new ImportRefused("This file is not a zip that can be read (" + e.getMessage() + ").");
        }
    }

    /** Where an entry goes; refused when its name would land anywhere but inside {@code into}. */
    static Path target(Path into, String name) throws ImportRefused {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()
                || name.indexOf('\0') >= 0) {
            throw new ImportRefused("The zip names a file outside its own folder (" + printable(name)
                    + "); it is refused.");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new ImportRefused("The zip names a file outside its own folder (" + printable(name)
                        + "); it is refused.");
            }
        }
        Path target = into.resolve(name).normalize();
        if (!target.startsWith(into)) {
            throw new ImportRefused("The zip names a file outside its own folder (" + printable(name)
                    + "); it is refused.");
        }
        return target;
    }

    private static long copy(ZipFile zip, ZipEntry entry, Path target, long left) throws ImportRefused, IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                if (written > MAX_ENTRY_BYTES) {
                    throw new ImportRefused(String.format("%s unpacks to more than %,d MiB, the most an import "
                            + "takes for one file; the zip is refused.", printable(entry.getName()),
                            MAX_ENTRY_BYTES >> 20));
                }
                if (written > left) {
                    throw new ImportRefused(String.format("The zip unpacks to more than %,d MiB, the most an "
                            + "import takes; it is refused.", MAX_TOTAL_BYTES >> 20));
                }
                if (written > RATIO_FROM_BYTES && written > compressed * MAX_RATIO) {
                    throw new ImportRefused(String.format("%s unpacks to over %d times its packed size: that is "
                            + "a zip bomb, not a blog; the zip is refused.", printable(entry.getName()), MAX_RATIO));
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }
}
