package inkwell.publish;

import inkwell.web.http.Routes;
import inkwell.web.view.Links;
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
                if (url.startsWith("/") && !url.startsWith("//")) {
                    element.attr(attribute, rewritten(url, links));
                }
            }
        }
        return document.body().html();
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
