package inkwell.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The files that make an export a Hugo site as it is: a minimal layout (home, lists, tags, a post, 404) that
 * links Inkwell's own stylesheet, and a README. They live in the jar under {@value #ROOT}.
 */
final class HugoFiles {
    static final String ROOT = "/inkwell/transfer/hugo/";
    static final List<String> NAMES = List.of("README.md", "layouts/404.html", "layouts/_default/baseof.html",
            "layouts/_default/list.html", "layouts/_default/single.html", "layouts/_default/terms.html",
            "layouts/index.html", "layouts/partials/card.html");
    /** Inkwell's stylesheet, which the layout's classes follow, as the site's own. */
    static final String STYLESHEET = "/assets/css/site.css";

    private HugoFiles() {
    }

    static byte[] read(String resource) {
        try (InputStream in = HugoFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
