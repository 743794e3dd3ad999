package inkwell.publish;

import inkwell.web.http.Routes;
import inkwell.web.view.Links;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Root-relative links a writer put in a post ({@code [see](/posts/3/intro)}, {@code ![](/assets/img/logo.svg)})
 * point at the live blog's paths; in a static site under a sub-path they would miss it. They are made into the
 * site's own links; every other link (absolute, relative, fragments) is left as written.
 */
final class BodyLinks {
    private static final String ASSETS = Routes.ASSETS + "/";

    private BodyLinks() {
    }

    static String rewrite(String html, Links links) {
        // Stored HTML is jsoup's output, which always quotes attributes with '"': most posts skip the parse.
        if (!html.contains("=\"/")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String url = element.attr(attribute);
                if (isRootRelative(url)) {
                    element.attr(attribute, rewritten(url, links));
                }
            }
        }
        // An image's smaller copies ("/media/….jpg 1000w, …"), which the store adds to the blog's own images.
        for (Element image : document.body().select("img[srcset]")) {
            image.attr("srcset", String.join(", ", Arrays.stream(image.attr("srcset").split(",\\s*"))
                    .map(candidate -> isRootRelative(candidate) ? rewritten(candidate.split(" ")[0], links)
                            + candidate.substring(candidate.split(" ")[0].length()) : candidate)
                    .toList()));
        }
        return document.body().html();
    }

    private static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    private static String rewritten(String url, Links links) {
        if (url.startsWith(ASSETS)) {
            String asset = url.substring(ASSETS.length()).replaceFirst("[?#].*", "");
            try {
                return links.asset(asset);
            } catch (IllegalArgumentException noSuchAsset) {
                return links.page(url); // as broken as it is live
            }
        }
        return links.page(url);
    }
}
