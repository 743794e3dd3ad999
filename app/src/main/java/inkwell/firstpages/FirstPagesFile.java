package inkwell.firstpages;

import inkwell.web.security.PrivateFiles;
import inkwell.web.view.Viewer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The file {@code first-pages} in the data folder: the home pages a clean shutdown left, with what they depend on
 * (the code, the settings, the database's files) and until when nothing in them can change by itself. It is read
 * once, at the next start, and deleted at once, before the database opens: a run that ends in a crash leaves
 * none, and every program that opens the database starts by taking it away.
 */
final class FirstPagesFile {
    static final String NAME = "first-pages";
    private static final String FORMAT = "inkwell first pages 1";
    /** Two home pages are a few dozen KB; anything far bigger is not a file this wrote. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_PARTS = 10_000;

    /** What the file holds. */
    record Contents(String code, String database, Instant renderedAt, Instant validUntil, List<HomeCopy> homes) {
    }

    private FirstPagesFile() {
    }

    static void write(Path dataDir, Contents contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(contents.code());
            out.writeUTF(contents.database());
            out.writeLong(contents.renderedAt().toEpochMilli());
            out.writeLong(contents.validUntil().toEpochMilli());
            out.writeInt(contents.homes().size());
            for (HomeCopy home : contents.homes()) {
                out.writeUTF(home.viewer().name());
                out.writeInt(home.parts().size());
                for (byte[] part : home.parts()) {
                    out.writeInt(part.length);
                    out.write(part);
                }
            }
        }
        PrivateFiles.write(dataDir.resolve(NAME), bytes.toByteArray());
    }

    /** Reads and deletes the file; empty when there was none or it is not one this wrote. */
    static java.util.Optional<Contents> take(Path dataDir) throws IOException {
        Path file = dataDir.resolve(NAME);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                Files.delete(file);
                return java.util.Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty();
        }
        Files.delete(file);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(in.readUTF())) {
                return java.util.Optional.empty();
            }
            String code = in.readUTF();
            String database = in.readUTF();
            Instant renderedAt = Instant.ofEpochMilli(in.readLong());
            Instant validUntil = Instant.ofEpochMilli(in.readLong());
            int count = bounded(in.readInt(), Viewer.values().length);
            List<HomeCopy> homes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Viewer viewer = Viewer.valueOf(in.readUTF());
                int parts = bounded(in.readInt(), MAX_PARTS);
                List<byte[]> read = new ArrayList<>();
                for (int j = 0; j < parts; j++) {
                    byte[] part = new byte[bounded(in.readInt(), bytes.length)];
                    in.readFully(part);
                    read.add(part);
                }
                homes.add(new HomeCopy(viewer, List.copyOf(read)));
            }
            return java.util.Optional.of(new Contents(code, database, renderedAt, validUntil, List.copyOf(homes)));
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static int bounded(int value, int max) throws IOException {
        if (value < 0 || value > max) {
            throw new IOException("not a first-pages file");
        }
        return value;
    }
}
