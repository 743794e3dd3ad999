package inkwell.markdown;

import java.util.List;
import java.util.Optional;

/**
 * What the renderer may learn about an image the blog itself serves ({@code /media/…}): its size, so the page
 * reserves its room before it loads, and the smaller copies a reader's browser can pick from ({@code srcset}).
 * Posts are rendered when saved, so this is asked then, never when a post is read.
 */
@FunctionalInterface
public interface LocalImages {
    LocalImages NONE = src -> Optional.empty();

    /** The image at this root-relative address, when the blog has it. */
    Optional<LocalImage> find(String src);

    /** An image's size in pixels, and every copy of it (the image itself among them), by address and width. */
    record LocalImage(int width, int height, List<Copy> copies) {
        public record Copy(String src, int width) {
        }
    }
}
