package inkwell.media;

/** Every number that bounds an upload, in one place, so the README, the messages and the checks agree. */
final class ImageLimits {
    /** The largest file taken, as sent. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /**
     * The most pixels an image may claim (40 megapixels, a 7,700 × 5,200 photo): checked on the header alone,
     * before anything is decoded, so a small file claiming 50,000 × 50,000 is refused at once.
     */
    static final long MAX_PIXELS = 40_000_000;
    /** An animated GIF is kept as it is; these bound what a reader's browser must decode to show it. */
    static final int MAX_GIF_FRAMES = 1_000;
    static final long MAX_GIF_FRAME_PIXELS = 400_000_000;
    /** Stored images are at most this wide; wider ones are scaled down. */
    static final int MAX_WIDTH = 2_000;
    /** The smaller copy offered through srcset, for images wider than it. */
    static final int SMALL_WIDTH = 1_000;
    /**
     * The most pixels decoded at once (18 MB for a JPEG, 24 MB with transparency). Inkwell runs in a 64 MiB heap,
     * where a 40-megapixel image decoded whole (120 to 160 MB) cannot fit: larger images are decoded at a whole
     * fraction of their size (every 2nd or 3rd pixel), which still leaves at least 2,000 px for all but very tall
     * images, then scaled smoothly. One image is decoded at a time.
     */
    static final long DECODE_BUDGET_PIXELS = 6_000_000;

    private ImageLimits() {
    }

    static String tooLarge() {
        return "The image is larger than 20 MiB, the most Inkwell takes. Save it smaller (as JPEG, or scaled "
                + "down) and upload it again.";
    }
}
