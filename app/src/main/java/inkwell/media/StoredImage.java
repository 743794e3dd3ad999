package inkwell.media;

import java.time.Instant;

/** A stored image as the Media page lists it. */
record StoredImage(MediaName name, int width, int height, long bytes, Instant added, boolean hasSmallCopy) {
}
