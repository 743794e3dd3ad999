package inkwell.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes decoded pixels as a new file, with no metadata at all: nothing of the upload's EXIF, GPS position,
 * camera serial, PNG text chunks or comments survives, since none of it is copied. The same pixels always give
 * the same bytes, which is what lets the store keep one file for the same image uploaded twice.
 */
final class Encoding {
    static final float JPEG_QUALITY = 0.88f;

    private Encoding() {
    }

    /** PNG when the image has transparency or came as PNG; JPEG otherwise (photos, WebP without alpha). */
    static ImageKind storedKind(ImageKind uploaded, BufferedImage image) {
        if (uploaded == ImageKind.PNG || image.getColorModel().hasAlpha()) {
            return ImageKind.PNG;
        }
        return ImageKind.JPEG;
    }

    static byte[] write(BufferedImage image, ImageKind kind) {
        try {
            return kind == ImageKind.JPEG ? jpeg(opaque(image)) : png(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode an image in memory", e);
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("No PNG writer for this image type");
        }
        return bytes.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no transparency and the JDK's writer wants plain RGB: anything else is drawn onto that first. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
