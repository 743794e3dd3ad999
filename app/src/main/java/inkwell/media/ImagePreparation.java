package inkwell.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded file into the image Inkwell stores: header checked before anything is decoded, decoded within
 * the memory budget, turned upright, scaled to at most 2,000 px wide, written anew without any metadata, with a
 * 1,000 px copy for narrow screens. GIFs are the exception: decoding and writing an animation again would cost
 * far more than it saves, so a GIF is kept byte for byte once its header and frame count pass.
 */
final class ImagePreparation {
    private ImagePreparation() {
    }

    static PreparedImage of(Path upload) throws IOException {
        if (Files.size(upload) == 0) {
            throw new ImageRefused(422, "The file is empty (0 bytes): there is no image in it. Choose the image "
                    + "file again.");
        }
        ImageHeader header = ImageHeader.check(upload);
        if (header.kind() == ImageKind.GIF) {
            GifCheck.frames(upload, header);
            return new PreparedImage(ImageKind.GIF, Files.readAllBytes(upload), header.width(), header.height(),
                    Optional.empty());
        }
        int orientation = header.kind() == ImageKind.JPEG ? Orientation.of(upload) : 1;
        // Scaled before it is turned: turning the smaller image takes less memory and time.
        BufferedImage stored = Orientation.apply(scaled(decode(upload, header), Orientation.swapsSides(orientation)),
                orientation);
        ImageKind kind = Encoding.storedKind(header.kind(), stored);
        Optional<byte[]> small = stored.getWidth() > ImageLimits.SMALL_WIDTH
                ? Optional.of(Encoding.write(Scaling.toWidth(stored, ImageLimits.SMALL_WIDTH), kind))
                : Optional.empty();
        return new PreparedImage(kind, Encoding.write(stored, kind), stored.getWidth(), stored.getHeight(), small);
    }

    /** At most 2,000 px wide as shown: for a photo turned on its side, that is its height as stored. */
    private static BufferedImage scaled(BufferedImage image, boolean turned) {
        int shownWidth = turned ? image.getHeight() : image.getWidth();
        if (shownWidth <= ImageLimits.MAX_WIDTH) {
            return image;
        }
        double factor = (double) ImageLimits.MAX_WIDTH / shownWidth;
        int width = turned ? (int) Math.round(image.getWidth() * factor) : ImageLimits.MAX_WIDTH;
        int height = turned ? ImageLimits.MAX_WIDTH : (int) Math.round(image.getHeight() * factor);
        return Scaling.toSize(image, Math.max(1, width), Math.max(1, height));
    }

    /**
     * Decodes the first image, every n-th pixel of every n-th row when the whole would not fit the budget. A
     * reader's warning that the data ended early means a truncated file, which decoders otherwise fill in grey.
     */
    private static BufferedImage decode(Path upload, ImageHeader header) throws IOException {
        ImageReader reader = ImageHeader.readerFor(header.kind());
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream input = ImageIO.createImageInputStream(upload.toFile())) {
            reader.setInput(input, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(header);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null || warnings.stream().anyMatch(ImagePreparation::meansCutShort)) {
                throw ImageRefused.damaged();
            }
            return image;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImageRefused refused) {
                throw refused;
            }
            throw ImageRefused.damaged();
        } finally {
            reader.dispose();
        }
    }

    static int subsampling(ImageHeader header) {
        return (int) Math.max(1, Math.ceil(Math.sqrt((double) header.pixels() / ImageLimits.DECODE_BUDGET_PIXELS)));
    }

    private static boolean meansCutShort(String warning) {
        String text = warning.toLowerCase(java.util.Locale.ROOT);
        return text.contains("premature end") || text.contains("truncated") || text.contains("end of file");
    }
}
