package inkwell.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales an image down smoothly: halving with bilinear filtering until the last step, the way that keeps fine
 * lines without the blur of one big step or the cost of area averaging.
 */
final class Scaling {
    private Scaling() {
    }

    /** The image at this width (the height in proportion), or the image itself when it is not wider. */
    static BufferedImage toWidth(BufferedImage image, int width) {
        if (image.getWidth() <= width) {
            return image;
        }
        return toSize(image, width, Math.max(1, (int) Math.round((double) image.getHeight() * width
                / image.getWidth())));
    }

    /** The image at this size, no larger than it is. */
    static BufferedImage toSize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = w == width ? height : Math.max(height, h / 2);
            current = drawn(current, w, h, image.getColorModel().hasAlpha());
        } while (w != width);
        return current;
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
