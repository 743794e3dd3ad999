package inkwell.publish;

import inkwell.site.PublicAddress;
import java.util.Optional;

/**
 * What to publish where: the target as the user gave it (a folder or a Git address), the branch, and the
 * public address to write into the site when it should differ from the settings' (the command line's
 * {@code --base-url}).
 */
public record PublishRequest(String target, String branch, Optional<PublicAddress> address) {

    public static PublishRequest of(PublishSettings settings) {
        return new PublishRequest(settings.target(), settings.branch(), Optional.empty());
    }
}
