package inkwell.publish;

import inkwell.site.PublicAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code CNAME} file that tells GitHub Pages (and hosts that copied it) which domain of the owner's the site
 * answers at. Only a domain of one's own at its root gets one: a platform's subdomain is the host's to map, a
 * sub-path cannot be a domain, and an IP address or a port is no custom domain.
 */
final class Cname {
    /** Hosting platforms that give every user a subdomain of theirs. */
    private static final List<String> PLATFORMS = List.of("github.io", "gitlab.io", "codeberg.page", "pages.dev",
            "netlify.app", "vercel.app", "surge.sh", "web.app", "firebaseapp.com", "onrender.com", "srht.site",
            "neocities.org", "bitbucket.io", "azurestaticapps.net", "pages.sr.ht");

    private Cname() {
    }

    static Optional<byte[]> of(PublicAddress address) {
        String host = address.host().toLowerCase(Locale.ROOT);
        boolean ownDomain = host.contains(".") && !host.matches("[0-9.]+") && !host.startsWith("[")
                && PLATFORMS.stream().noneMatch(platform -> host.equals(platform) || host.endsWith("." + platform));
        if (!ownDomain || !address.basePath().equals("/") || address.uri().getPort() >= 0) {
            return Optional.empty();
        }
        return Optional.of((host + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
