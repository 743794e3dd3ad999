package inkwell.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats Inkwell takes, recognised by their first bytes (their signatures), never by the file's name
 * or the type the browser claims: an HTML page named {@code photo.png} is not a PNG. SVG is not among them: it
 * is a document that can carry script.
 */
enum ImageKind {
    PNG("png", "png", "image/png"),
    JPEG("jpeg", "jpg", "image/jpeg"),
    GIF("gif", "gif", "image/gif"),
    WEBP("webp", "webp", "image/webp");

    /** Enough of the file's start to tell any of them apart. */
    static final int SIGNATURE_BYTES = 12;

    private final String imageIoName;
    private final String extension;
    private final String mediaType;

    ImageKind(String imageIoName, String extension, String mediaType) {
        this.imageIoName = imageIoName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format whose signature the file starts with, if it is one Inkwell takes. */
    static Optional<ImageKind> of(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && startsWith(Arrays.copyOfRange(head, 8, 12), 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static Optional<ImageKind> byExtension(String extension) {
        return Arrays.stream(values()).filter(kind -> kind.extension.equals(extension)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    String imageIoName() {
        return imageIoName;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }
}
