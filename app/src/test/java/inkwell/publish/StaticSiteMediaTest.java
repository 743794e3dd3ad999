package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.media.MediaStore;
import inkwell.media.StoredImageSizes;
import inkwell.posts.Post;
import inkwell.posts.ScratchPosts;
import inkwell.site.PublicAddress;
import inkwell.site.SiteSettings;
import inkwell.web.assets.AssetUrls;
import inkwell.web.view.Templates;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site carries the images its public posts show, and their smaller copies, under its base path. */
class StaticSiteMediaTest {
    @Test
    void publicPostsImagesAreInTheSiteAtTheBasePath(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("media");
        Files.createDirectories(folder);
        byte[] wide = png(1600, 40);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wide));
        Files.write(folder.resolve(hash + ".png"), wide);
        Files.write(folder.resolve(hash + "-1000w.png"), png(1000, 25));
        byte[] other = png(30, 30);
        String otherHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(other));
        Files.write(folder.resolve(otherHash + ".png"), other);
        MediaStore store = new MediaStore(folder);
        try (ScratchPosts blog = ScratchPosts.open(temp.resolve("data"), Instant.parse("2026-03-01T09:00:00Z"))) {
            blog.posts.renderImagesWith(new StoredImageSizes(store));
            Post post = blog.create("With a banner", "Ada", "![Banner](/media/" + hash + ".png)");
            StaticSite renderer = new StaticSite(blog.posts, new Templates(new inkwell.site.CurrentSite(
                    SiteSettings.titled("t")), new AssetUrls(getClass().getClassLoader())), store);
            SiteSettings settings = new SiteSettings("Notes", "", "Ada",
                    PublicAddress.parse("https://example.org/blog/"), "en", 10, "");
            SiteFiles site = renderer.render(settings, "");
            assertArrayEquals(wide, site.bytes("media/" + hash + ".png"));
            assertTrue(site.contains("media/" + hash + "-1000w.png"));
            assertFalse(site.contains("media/" + otherHash + ".png"), "an image no public post shows stays home");
            String page = new String(site.bytes("posts/" + post.id() + "/" + post.slug() + "/index.html"),
                    StandardCharsets.UTF_8);
            assertTrue(page.contains("src=\"/blog/media/" + hash + ".png\""), page);
            assertTrue(page.contains("srcset=\"/blog/media/" + hash + "-1000w.png 1000w, /blog/media/" + hash
                    + ".png 1600w\""), page);
        }
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
