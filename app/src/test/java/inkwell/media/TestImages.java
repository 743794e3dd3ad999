package inkwell.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real image files for the tests, made with the JDK's encoders and Apache Commons Imaging (for EXIF). */
public final class TestImages {
    static final String CAMERA_SERIAL = "SN-4711-SECRET";

    private TestImages() {
    }

    /** A gradient with a red bar on the left: the bar shows which way round an image ended up. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 80)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 10), height);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height), "png");
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height), "jpeg");
    }

    static byte[] gif(int width, int height) throws IOException {
        return encode(picture(width, height), "gif");
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, bytes)) {
            throw new IOException("no writer for " + format);
        }
        return bytes.toByteArray();
    }

    /** A JPEG a phone might send: GPS position (Brussels), camera serial number, and an orientation to apply. */
    static byte[] jpegWithGps(int width, int height, short orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(4.3517, 50.8503);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, CAMERA_SERIAL);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), tagged, exif);
        return tagged.toByteArray();
    }

    /** A real 1 × 1 PNG whose header then claims width × height, with a valid CRC: only the claim is a lie. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] png = png(1, 1);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height, 13 bytes of data and the CRC.
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }
}
