package inkwell.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.Inkwell;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher gives Inkwell a 64 MiB heap (installer/pom.xml): a 40-megapixel photo, decoded whole,
 * would need 120 MB or more. A real Inkwell in a child JVM with that heap takes the largest images it accepts.
 */
class LargeImagesIn64MiBProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void theLargestAcceptedImagesAreTakenInA64MiBHeap() throws Exception {
        Process inkwell = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-Xss512k", "-cp", System.getProperty("java.class.path"),
                Inkwell.class.getName(), "--headless", "--port", "0", "--data-dir", dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(inkwell.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertTrue(ready != null && ready.startsWith("Inkwell running at "), "ready line: " + ready);
            BlogClient client = BlogClient.ownerOf(dataDir);
            String token = client.csrfToken();
            byte[] photo = TestImages.encode(gradient(7_600, 5_200, false), "jpeg"); // 39.5 megapixels
            byte[] drawing = TestImages.encode(gradient(5_000, 4_000, true), "png"); // 20 megapixels with alpha
            for (byte[] image : List.of(photo, drawing)) {
                assertTrue(image.length < ImageLimits.MAX_FILE_BYTES, image.length + " bytes");
                long started = System.nanoTime();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/media"))
                        .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                        .POST(new Multipart().field("_csrf", token).file("file", "big", "image/jpeg", image)
                                .publisher()));
                assertEquals(201, response.statusCode(), response.body());
                assertTrue(response.body().contains("\"width\":2000"), response.body());
                System.out.printf("%,d-byte upload stored in %,d ms with -Xmx64m: %s%n", image.length,
                        (System.nanoTime() - started) / 1_000_000, response.body());
            }
            // A part header as long as the body allows (20 MiB): Undertow's parser would hold it in memory (a 500
            // for want of memory, before BoundedPartHeaders); it is refused once past 16 KiB.
            HttpResponse<String> header = client.send(HttpRequest.newBuilder(client.uri("/media"))
                    .header("Content-Type", Multipart.contentType()).header("Accept", "application/json")
                    .POST(new Multipart().field("_csrf", token).text("--" + Multipart.BOUNDARY
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + "a".repeat(20 * 1024 * 1024) + "\"\r\n\r\nx\r\n").publisher()));
            assertEquals(400, header.statusCode(), header.body());
            assertTrue(header.body().contains("could not be read"), header.body());
            assertEquals(200, client.get("/media").statusCode(), "still serving");
        } finally {
            inkwell.destroy();
            assertTrue(inkwell.waitFor(20, TimeUnit.SECONDS), "stopped");
        }
    }

    private static BufferedImage gradient(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 80, 160, alpha ? 90 : 255), width, height,
                new Color(250, 210, 90, 255)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
