package inkwell.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * A camera stores a photo as its sensor saw it and says in EXIF how to turn it (the Orientation tag). The EXIF
 * block is dropped when the image is stored, so the turn is applied to the pixels first: read with TwelveMonkeys'
 * EXIF reader, never by hand.
 */
final class Orientation {
    private Orientation() {
    }

    /** The EXIF orientation, 1 (as stored) to 8; 1 when there is none or it cannot be read. */
    static int of(Path jpeg) {
        try (ImageInputStream input = ImageIO.createImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            if (data.read() == -1) { // the pad byte after "Exif\0"
                return 1;
            }
            Directory directory = new TIFFReader().read(ImageIO.createImageInputStream(data));
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException unreadable) {
            return 1; // a broken EXIF block says nothing trustworthy: keep the pixels as stored
        }
    }

    /** Orientations 5 to 8 turn the image a quarter: its width as shown is its height as stored. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The image turned and mirrored as the orientation says (EXIF 2.32, tag 274). */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = swapsSides(orientation);
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(-Math.PI / 2); }
            case 8 -> { turn.translate(0, w); turn.rotate(-Math.PI / 2); }
            default -> { }
        }
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
