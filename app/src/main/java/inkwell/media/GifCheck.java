package inkwell.media;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A GIF is kept as uploaded, so what a reader's browser will have to decode is bounded here instead: the frames
 * are counted by walking the file's blocks (their pixels are never decoded), at most 1,000 of them and 400
 * megapixels in all.
 */
final class GifCheck {
    private GifCheck() {
    }

    static void frames(Path gif, ImageHeader header) throws IOException {
        int frames;
        try (ImageInputStream input = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageHeader.readerFor(ImageKind.GIF);
            try {
                reader.setInput(input, false, true);
                frames = reader.getNumImages(true);
            } catch (IOException | RuntimeException unreadable) {
                throw ImageRefused.damaged();
            } finally {
                reader.dispose();
            }
        }
        if (frames < 1) {
            throw ImageRefused.damaged();
        }
        if (frames > ImageLimits.MAX_GIF_FRAMES || frames * header.pixels() > ImageLimits.MAX_GIF_FRAME_PIXELS) {
            throw new ImageRefused(413, String.format("This animated GIF has %,d frames of %,d × %,d pixels; "
                    + "Inkwell takes up to 1,000 frames and 400 megapixels in all. Shorten it or scale it down.",
                    frames, header.width(), header.height()));
        }
    }
}
