package inkwell.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an upload becomes, checked on real files with real oracles (ImageMagick, Commons Imaging). */
class ImagePreparationTest {
    @TempDir
    Path folder;

    Path file(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void aGpsTaggedJpegComesBackWithoutAnyExifOrGpsData() throws Exception {
        Path upload = file("phone.jpg", TestImages.jpegWithGps(300, 200, (short) 1));
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(upload.toFile());
        assertTrue(before.getExif().getGpsInfo() != null, "the test photo does carry a GPS position");
        assertTrue(ImageMagick.verbose(upload).contains(TestImages.CAMERA_SERIAL), "identify sees the serial number");

        PreparedImage prepared = ImagePreparation.of(upload);
        Path stored = file("stored.jpg", prepared.bytes());
        ImageMetadata after = Imaging.getMetadata(stored.toFile());
        assertTrue(after == null || ((JpegImageMetadata) after).getExif() == null, "Commons Imaging finds no EXIF");
        String identified = ImageMagick.verbose(stored).toLowerCase(Locale.ROOT);
        assertFalse(identified.contains("exif:"), identified);
        assertFalse(identified.contains("gps"), identified);
        assertFalse(identified.contains(TestImages.CAMERA_SERIAL.toLowerCase(Locale.ROOT)), identified);
        assertEquals("300x200", ImageMagick.size(stored));
    }

    @Test
    void theExifOrientationIsAppliedBeforeTheExifIsDropped() throws Exception {
        // Orientation 6: the camera was turned; shown upright, the picture is 200 wide and its left bar is on top.
        PreparedImage prepared = ImagePreparation.of(file("turned.jpg", TestImages.jpegWithGps(300, 200, (short) 6)));
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertEquals(200, upright.getWidth());
        assertEquals(300, upright.getHeight());
        int top = upright.getRGB(100, 10);
        int bottom = upright.getRGB(100, 290);
        assertTrue(((top >> 16) & 0xFF) > 200 && ((top >> 8) & 0xFF) < 80, "red bar on top: " + Integer.toHexString(top));
        assertFalse(((bottom >> 16) & 0xFF) > 200 && ((bottom >> 8) & 0xFF) < 80, "no red at the bottom");
    }

    @Test
    void aPngClaiming50000By50000IsRefusedAtOnceWithoutDecoding() throws Exception {
        Path bomb = file("bomb.png", TestImages.pngClaiming(50_000, 50_000));
        assertTrue(Files.size(bomb) < 100, "a tiny file");
        assertEquals(new java.awt.Dimension(50_000, 50_000), Imaging.getImageSize(bomb.toFile()),
                "Commons Imaging reads the forged header too (its CRC is valid)");
        ImagePreparation.of(file("warm-up.png", TestImages.png(8, 8))); // class loading is not the bomb's cost
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        ImageRefused refused = assertThrows(ImageRefused.class, () -> ImagePreparation.of(bomb));
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        long wallMillis = (System.nanoTime() - wallBefore) / 1_000_000;
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("50,000 × 50,000"), refused.getMessage());
        assertTrue(cpuMillis < 100 && wallMillis < 100, "refused in " + cpuMillis + " ms CPU, " + wallMillis + " ms");
        System.out.println("PNG bomb (50,000 x 50,000) refused in " + cpuMillis + " ms CPU, " + wallMillis + " ms wall");
    }

    @Test
    void aGifIsKeptAsItIsButOneWithThousandsOfFramesIsRefused() throws Exception {
        byte[] still = TestImages.gif(40, 30);
        PreparedImage kept = ImagePreparation.of(file("still.gif", still));
        assertEquals(ImageKind.GIF, kept.kind());
        assertTrue(java.util.Arrays.equals(still, kept.bytes()));
        ImageRefused refused = assertThrows(ImageRefused.class,
                () -> ImagePreparation.of(file("long.gif", animatedGif(1_500))));
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("1,500 frames"), refused.getMessage());
    }

    @Test
    void pngTextChunksAreNotKept() throws Exception {
        Path upload = file("notes.png", pngWithText("Author", "Ada at 12 Secret Street"));
        assertTrue(ImageMagick.verbose(upload).contains("Secret Street"), "the test PNG does carry the text");
        Path stored = file("stored.png", ImagePreparation.of(upload).bytes());
        assertFalse(ImageMagick.verbose(stored).contains("Secret Street"));
    }

    @Test
    void webPIsReadByItsBytesAndStoredAsJpegOrAsPngWhenTransparent() throws Exception {
        Path photo = ImageMagick.convert(file("photo.png", TestImages.png(300, 200)), folder.resolve("photo.webp"));
        Path named = Files.copy(photo, folder.resolve("photo.gif")); // the name lies; the bytes say WebP
        PreparedImage opaque = ImagePreparation.of(named);
        assertEquals(ImageKind.JPEG, opaque.kind());
        assertEquals("300x200", ImageMagick.size(file("opaque.jpg", opaque.bytes())));

        BufferedImage clear = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        clear.setRGB(10, 10, 0x80FF0000);
        Path transparent = ImageMagick.convert(file("clear.png", TestImages.encode(clear, "png")),
                folder.resolve("clear.webp"));
        PreparedImage kept = ImagePreparation.of(transparent);
        assertEquals(ImageKind.PNG, kept.kind());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertEquals(0, back.getRGB(50, 50) >>> 24, "transparent stays transparent");
    }

    @Test
    void aTallImageWithinTheLimitIsDecodedWithinTheMemoryBudget() throws Exception {
        ImageHeader header = new ImageHeader(ImageKind.JPEG, 7_700, 5_200);
        int step = ImagePreparation.subsampling(header);
        long decoded = (long) (header.width() / step) * (header.height() / step);
        assertTrue(decoded <= ImageLimits.DECODE_BUDGET_PIXELS, step + " → " + decoded);
    }

    private static byte[] animatedGif(int frames) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.prepareWriteSequence(null);
            BufferedImage frame = TestImages.picture(8, 8);
            for (int i = 0; i < frames; i++) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    private static byte[] pngWithText(String keyword, String text) throws Exception {
        BufferedImage image = TestImages.picture(30, 20);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(
                javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), null);
        javax.imageio.metadata.IIOMetadataNode entry = new javax.imageio.metadata.IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", keyword);
        entry.setAttribute("value", text);
        javax.imageio.metadata.IIOMetadataNode chunk = new javax.imageio.metadata.IIOMetadataNode("tEXt");
        chunk.appendChild(entry);
        javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(chunk);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(new IIOImage(image, null, metadata));
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
