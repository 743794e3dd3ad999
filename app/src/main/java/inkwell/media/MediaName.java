package inkwell.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored image's file name: the SHA-256 of its bytes, {@code -1000w} for its smaller copy, and the extension of
 * its format. Only names of this exact shape are ever opened, so no address can reach another file (no
 * {@code ..}, no slashes, no other folder).
 */
record MediaName(String hash, boolean small, ImageKind kind) {
    static final String SMALL_SUFFIX = "-" + ImageLimits.SMALL_WIDTH + "w";
    private static final Pattern SHAPE = Pattern.compile("([0-9a-f]{64})(" + SMALL_SUFFIX + ")?\\.(png|jpg|gif|webp)");
    /** Where a stored image's name appears in a post's Markdown or HTML. */
    static final Pattern IN_TEXT = Pattern.compile("/media/([0-9a-f]{64}(?:" + SMALL_SUFFIX
            + ")?\\.(?:png|jpg|gif|webp))");

    static Optional<MediaName> parse(String fileName) {
        Matcher matcher = SHAPE.matcher(fileName == null ? "" : fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return ImageKind.byExtension(matcher.group(3))
                .map(kind -> new MediaName(matcher.group(1), matcher.group(2) != null, kind));
    }

    static MediaName of(String hash, ImageKind kind) {
        return new MediaName(hash, false, kind);
    }

    MediaName smallCopy() {
        return new MediaName(hash, true, kind);
    }

    MediaName original() {
        return new MediaName(hash, false, kind);
    }

    String fileName() {
        return hash + (small ? SMALL_SUFFIX : "") + "." + kind.extension();
    }

    /** The address it is served at, {@code /media/…}. */
    String path() {
        return "/media/" + fileName();
    }
}
