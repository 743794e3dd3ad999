package inkwell.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Images an import brings, checked as uploads are. An image from an Inkwell export whose name is the SHA-256 of
 * its bytes is the very file Inkwell stored (the posts link it by that name): its header is checked and it is kept
 * byte for byte. Any other image is prepared like an upload (decoded within the budget, scaled, metadata
 * stripped) and gets the name its new bytes give. The files this import added are remembered, so an import that
 * fails afterwards can take them away again.
 */
public final class ImportedImages {
    private final MediaStore store;
    private final List<Path> added = new ArrayList<>();

    public ImportedImages(MediaStore store) {
        this.store = store;
    }

    /** Why an image was not imported, in the words the upload form would use. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Whether a file name is one Inkwell gives a stored image (an export's {@code static/media} holds these). */
    public static boolean isStoredName(String fileName) {
        return MediaName.parse(fileName).isPresent();
    }

    /** Checks the image and stores it; the address it is served at ({@code /media/…}). */
    public String store(String fileName, Path file) throws Refused, IOException {
        try {
            if (Files.size(file) > ImageLimits.MAX_FILE_BYTES) {
                throw new Refused(ImageLimits.tooLarge());
            }
            Optional<MediaName> kept = MediaName.parse(fileName);
            if (kept.isPresent()) {
                return keep(kept.get(), file);
            }
            PreparedImage image = ImagePreparation.of(file);
            MediaName name = MediaName.of(MediaStore.sha256(image.bytes()), image.kind());
            remember(name);
            return store.store(image).path();
        } catch (ImageRefused e) {
            throw new Refused(e.getMessage());
        }
    }

    private String keep(MediaName name, Path file) throws Refused, IOException {
        ImageHeader header = ImageHeader.check(file);
        if (header.kind() != name.kind()) {
            throw new Refused("The file's name says " + name.kind().extension() + " but it holds another format.");
        }
        byte[] bytes = Files.readAllBytes(file);
        // A smaller copy is named after its original; an original must be what its name says it is.
        if (!name.small() && !MediaStore.sha256(bytes).equals(name.hash())) {
            throw new Refused("The file's name is not the fingerprint of its bytes: it was changed after the export.");
        }
        if (header.kind() == ImageKind.GIF) {
            GifCheck.frames(file, header);
        }
        remember(name);
        store.write(name, bytes);
        return name.path();
    }

    private void remember(MediaName name) {
        if (store.file(name).isEmpty()) {
            added.add(store.folder().resolve(name.fileName()));
            added.add(store.folder().resolve(name.smallCopy().fileName()));
        }
    }

    /** Takes away the files this import added: the import did not happen. */
    public void undo() {
        for (Path file : added) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // An image nothing links is harmless; the rest of the undo goes on.
            }
        }
        added.clear();
    }
}
