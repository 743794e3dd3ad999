package inkwell.media;

/**
 * An upload that is not an image Inkwell keeps, with the reason in plain words for the writer and the HTTP status
 * that says it: 415 for what is not a PNG, JPEG, GIF or WebP, 413 for too large, 422 for a damaged image.
 */
final class ImageRefused extends RuntimeException {
    private final int status;

    ImageRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ImageRefused notAnImage() {
        return new ImageRefused(415, "This file is not a PNG, JPEG, GIF or WebP image (Inkwell looks at what the "
                + "file holds, not at its name). SVG and other formats are not taken: save it as PNG first.");
    }

    static ImageRefused damaged() {
        return new ImageRefused(422, "This image is damaged or cut short, so it could not be read. Save it again "
                + "from the program that made it and upload that copy.");
    }
}
