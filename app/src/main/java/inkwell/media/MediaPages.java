package inkwell.media;

import inkwell.storage.Database;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images: the upload ({@code POST /media}, from the editor's script or the Media page's plain form), the images
 * themselves ({@code GET /media/{hash}.{ext}}, cached for good) and the Media page with its deletes.
 */
public final class MediaPages {
    private static final Logger LOG = LoggerFactory.getLogger(MediaPages.class);
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final MediaStore store;
    private final MediaUses uses;
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();
    /** One image decoded at a time: each may take ~30 MB of the appliance's 64 MiB heap. */
    private final Object decoding = new Object();

    public MediaPages(MediaStore store, Database database, Templates templates, Csrf csrf) {
        this.store = store;
        this.uses = new MediaUses(database);
        this.templates = templates;
        this.csrf = csrf;
    }

    /** The editor's script asks for JSON; the Media page's plain form gets a page (a redirect, or the reason). */
    public void upload(HttpServerExchange exchange) {
        boolean json = JsonAnswer.wanted(exchange);
        try {
            Stored stored = receive(exchange);
            if (json) {
                JsonAnswer.stored(exchange, stored.name(), stored.image());
            } else {
                Redirects.seeOther(exchange, Routes.MEDIA + "?added=" + stored.name().fileName());
            }
        } catch (ImageRefused refused) {
            if (!json) {
                throw new HttpError(refused.status(), refused.getMessage());
            }
            JsonAnswer.refused(exchange, refused.status(), refused.getMessage());
        }
    }

    private record Stored(MediaName name, PreparedImage image) {
    }

    private Stored receive(HttpServerExchange exchange) {
        try (Upload upload = Upload.read(exchange, store.incoming())) {
            if (!csrf.accepts(exchange, upload.field(Csrf.FIELD))) {
                throw new ImageRefused(403, "This upload did not carry a valid security token, so nothing was "
                        + "stored. Reload the page and upload the image again.");
            }
            Path file = upload.file().orElseThrow(() -> new ImageRefused(400,
                    "No file was chosen. Choose an image (PNG, JPEG, GIF or WebP) and upload it again."));
            PreparedImage image;
            synchronized (decoding) {
                image = ImagePreparation.of(file);
            }
            MediaName name = store.store(image);
            LOG.info("Stored image {} ({}x{})", name.fileName(), image.width(), image.height());
            return new Stored(name, image);
        } catch (IOException e) {
            LOG.error("Could not store an upload", e);
            throw new ImageRefused(503, "The image could not be stored: " + e.getMessage()
                    + ". Check that the disk holding Inkwell's data folder has room, then try again.");
        }
    }

    /** An image, with headers that let browsers keep it for a year: its name is its content's hash. */
    public void serve(HttpServerExchange exchange) throws IOException {
        MediaName name = MediaName.parse(Router.parameter(exchange, "file")).orElseThrow(MediaPages::noSuchImage);
        Path file = store.file(name).orElseThrow(MediaPages::noSuchImage);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, name.kind().mediaType());
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, IMMUTABLE);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, Files.size(file));
        try (OutputStream out = exchange.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    public void page(HttpServerExchange exchange) {
        String added = MediaName.parse(Query.first(exchange, "added")).map(MediaName::path).orElse(null);
        templates.send(exchange, 200, "media/media.jte",
                MediaPage.of(store.all(), uses.byHash(), csrf.token(exchange), added));
    }

    /** Deletes an image no post uses; one still in use is refused with the posts that show it. */
    public void delete(HttpServerExchange exchange) throws IOException {
        MediaName name = MediaName.parse(Router.parameter(exchange, "file")).orElseThrow(MediaPages::noSuchImage);
        if (!csrf.accepts(exchange, forms.read(exchange).get(Csrf.FIELD))) {
            throw HttpError.forbidden("This delete request did not carry a valid security token, so nothing was "
                    + "deleted. Open the Media page again and use its Delete button.");
        }
        List<MediaPage.User> users = uses.of(name);
        if (!users.isEmpty()) {
            throw new HttpError(409, "This image is still shown by " + String.join(", ",
                    users.stream().map(user -> "\u201c" + user.title() + "\u201d").toList())
                    + ", so it was not deleted. Remove it from " + (users.size() == 1 ? "that post" : "those posts")
                    + " first.");
        }
        if (!store.delete(name)) {
            throw noSuchImage();
        }
        Redirects.seeOther(exchange, Routes.MEDIA);
    }

    private static HttpError noSuchImage() {
        return HttpError.notFound("There is no such image. It may have been deleted; the Media page lists every "
                + "image Inkwell keeps.");
    }
}
