package inkwell.media;

import java.util.Optional;

/** An upload made ready to store: the image as it will be served and, for a wide one, its smaller copy. */
record PreparedImage(ImageKind kind, byte[] bytes, int width, int height, Optional<byte[]> small) {
}
