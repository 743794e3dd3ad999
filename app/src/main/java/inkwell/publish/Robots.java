package inkwell.publish;

import inkwell.web.http.Routes;
import inkwell.web.view.Site;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code robots.txt}: which paths crawlers should leave alone, and where the sitemap is. */
final class Robots {
    private Robots() {
    }

    /** An empty {@code disallowed} list allows everything (an empty Disallow line says so). */
    static byte[] text(Site site, List<String> disallowed) {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        if (disallowed.isEmpty()) {
            text.append("Disallow:\n");
        }
        disallowed.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(site.absolute(Routes.SITEMAP)).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
