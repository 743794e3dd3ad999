package inkwell.media;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Media page: the upload form, then every stored image with the posts that show it. {@code added} is the
 * address of the image just uploaded through the page's own form, shown with its Markdown.
 */
public record MediaPage(List<Row> images, String csrf, String added) implements PageModel {

    /** A post that shows an image: its title and where to edit it. */
    public record User(String title, String editPath) {
    }

    /** One stored image: where it is, its Markdown, its size, and who uses it (none: it may be deleted). */
    public record Row(String path, String markdown, String deletePath, int width, int height, String size,
                      Instant added, List<User> users) {
        public boolean unused() {
            return users.isEmpty();
        }
    }

    static MediaPage of(List<StoredImage> images, Map<String, List<User>> uses, String csrf, String added) {
        return new MediaPage(images.stream().map(image -> new Row(image.name().path(),
                "![](" + image.name().path() + ")", Routes.mediaDelete(image.name().fileName()), image.width(),
                image.height(), size(image.bytes()), image.added(),
                uses.getOrDefault(image.name().hash(), List.of()))).toList(), csrf, added);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%,d KB", Math.max(1, bytes / 1024));
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    public String maxFileSize() {
        return "20 MiB";
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Media", Routes.MEDIA);
    }
}
