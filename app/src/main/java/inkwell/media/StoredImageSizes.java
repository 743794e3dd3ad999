package inkwell.media;

import inkwell.markdown.LocalImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The renderer's view of the store: a stored image's size and its copies, for {@code width}, {@code srcset}. */
public final class StoredImageSizes implements LocalImages {
    private final MediaStore store;

    public StoredImageSizes(MediaStore store) {
        this.store = store;
    }

    @Override
    public Optional<LocalImage> find(String src) {
        if (!src.startsWith("/media/")) {
            return Optional.empty();
        }
        return MediaName.parse(src.substring("/media/".length())).filter(name -> !name.small())
                .flatMap(store::describe).map(StoredImageSizes::described);
    }

    private static LocalImage described(StoredImage image) {
        List<LocalImage.Copy> copies = new ArrayList<>();
        if (image.hasSmallCopy()) {
            copies.add(new LocalImage.Copy(image.name().smallCopy().path(), ImageLimits.SMALL_WIDTH));
        }
        copies.add(new LocalImage.Copy(image.name().path(), image.width()));
        return new LocalImage(image.width(), image.height(), copies);
    }
}
