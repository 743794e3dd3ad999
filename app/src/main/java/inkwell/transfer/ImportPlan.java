package inkwell.transfer;

import inkwell.site.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a source holds once read, in Inkwell's neutral terms: its posts, its images, the site's settings when the
 * source has them (an Inkwell export), and the items that were skipped while reading, each with its reason.
 */
final class ImportPlan {
    final String kind;
    final List<SourcePost> posts = new ArrayList<>();
    final List<SourceImage> images = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    Optional<SiteSettings> site = Optional.empty();
    /** The source's own author for posts that name none (Jekyll's {@code _config.yml}); empty when it has none. */
    String author = "";

    ImportPlan(String kind) {
        this.kind = kind;
    }

    void skip(String item, String reason) {
        skipped.add(new Skipped(item, reason));
    }
}
