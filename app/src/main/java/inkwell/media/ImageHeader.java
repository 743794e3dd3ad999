package inkwell.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an image file is and how large it says it is, read from its header only: nothing is decoded, so this is
 * as quick for a forged 50,000 × 50,000 PNG as for a real icon, and it is what refuses decompression bombs.
 */
record ImageHeader(ImageKind kind, int width, int height) {

    long pixels() {
        return (long) width * height;
    }

    /** The header of an upload, refused with a plain reason when it is no image Inkwell takes or claims too much. */
    static ImageHeader check(Path file) throws IOException {
        ImageKind kind = ImageKind.of(head(file)).orElseThrow(ImageRefused::notAnImage);
        ImageHeader header = read(file, kind);
        if (header.width() <= 0 || header.height() <= 0) {
            throw ImageRefused.damaged();
        }
        if (header.pixels() > ImageLimits.MAX_PIXELS) {
            throw new ImageRefused(413, String.format("This image claims %,d × %,d pixels; Inkwell takes images of "
                    + "up to 40 megapixels (such as 7,700 × 5,200). Scale it down and upload it again.",
                    header.width(), header.height()));
        }
        return header;
    }

    /** The header of a file already known to be of this kind (a stored image, say). */
    static ImageHeader read(Path file, ImageKind kind) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(kind);
            try {
                reader.setInput(input, true, true);
                return new ImageHeader(kind, reader.getWidth(0), reader.getHeight(0));
            } catch (IOException | RuntimeException unreadable) {
                throw ImageRefused.damaged();
            } finally {
                reader.dispose();
            }
        }
    }

    static ImageReader readerFor(ImageKind kind) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + kind + " (TwelveMonkeys missing?)");
        }
        return readers.next();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return input.readNBytes(ImageKind.SIGNATURE_BYTES);
        }
    }
}
