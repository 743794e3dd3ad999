package inkwell.publish;

import inkwell.site.PublicAddress;
import inkwell.web.assets.AssetUrls;
import inkwell.web.view.Links;
import java.net.URI;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links of a static site at its public address. Every page is a folder with an {@code index.html}, linked with
 * its trailing slash under the address's path ({@code /blog/posts/4/hello/}), so the same files work at a
 * domain's root or under a sub-path, on any host, with or without the slash typed. A list's {@code ?page=N}
 * becomes {@code posts/page/N/} (a tag's, {@code tags/{slug}/page/N/}); files ({@code feed.xml}) keep their
 * names; assets carry their fingerprint in the file name. It remembers which assets were linked, so the site
 * holds exactly those.
 */
final class StaticLinks implements Links {
    /** Page N of a list: {@code /posts?page=N}, {@code /tags/{slug}?page=N}. */
    private static final Pattern LIST_PAGE = Pattern.compile("(/[^?]*)\\?page=(\\d+)");

    private final PublicAddress address;
    private final AssetUrls assets;
    private final SortedSet<String> linkedAssets = new TreeSet<>();

    StaticLinks(PublicAddress address, AssetUrls assets) {
        this.address = address;
        this.assets = assets;
    }

    @Override
    public String page(String sitePath) {
        int hash = sitePath.indexOf('#');
        String fragment = hash < 0 ? "" : sitePath.substring(hash);
        return address.basePath() + relative(hash < 0 ? sitePath : sitePath.substring(0, hash)) + fragment;
    }

    @Override
    public String asset(String asset) {
        String file = "assets/" + assets.fileName(asset);
        linkedAssets.add(asset);
        return address.basePath() + file;
    }

    @Override
    public String absolute(String sitePath) {
        return address.absolute(relative(sitePath));
    }

    /** The file a page or file path is written to, e.g. {@code posts/4/café/index.html} (not percent-encoded). */
    String fileOf(String sitePath) {
        String relative = URI.create(relative(sitePath)).getPath();
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** Every asset linked so far, by its name under {@code assets/}. */
    SortedSet<String> linkedAssets() {
        return Collections.unmodifiableSortedSet(linkedAssets);
    }

    /** A site path relative to the base path: {@code posts/4/hello/}, {@code posts/page/2/}, {@code feed.xml}. */
    private static String relative(String sitePath) {
        Matcher listPage = LIST_PAGE.matcher(sitePath);
        String path = listPage.matches() ? listPage.group(1) + "/page/" + listPage.group(2) : sitePath;
        String relative = path.startsWith("/") ? path.substring(1) : path;
        // Slugs never hold a dot, so a dot in the last segment marks a file (feed.xml, favicon.ico).
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        return relative.isEmpty() || relative.endsWith("/") || last.contains(".") ? relative : relative + "/";
    }
}
