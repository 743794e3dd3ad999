package inkwell.publish;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Follows every link of a site served under {@code base} as a reader's browser and a crawler would: each
 * href and src of the HTML pages, each meta refresh, the sitemap named in robots.txt, each address in the feed
 * and the sitemap. Addresses under
 * the public address ({@code publicBase}) are fetched from the local server instead, so canonical links and
 * feed links are checked too. Nothing is followed outside the site. Redirects are not followed: every link the
 * site makes must answer 200 itself.
 */
final class LinkCrawler {
    private static final Pattern REFRESH = Pattern.compile("^\\s*\\d+\\s*;\\s*url=(.+)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern SITEMAP = Pattern.compile("(?m)^Sitemap:(.+)$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final String publicBase;
    /** Each address fetched, with its status. */
    final Map<URI, Integer> fetched = new LinkedHashMap<>();
    /** "status address (linked from page)" for each link that did not answer 200. */
    final List<String> broken = new ArrayList<>();
    private final Deque<URI[]> queue = new ArrayDeque<>();

    LinkCrawler(URI base, String publicBase) {
        this.base = base;
        this.publicBase = publicBase;
    }

    /** Crawls from {@code start} until every reachable address was fetched. */
    LinkCrawler crawl(URI start) throws Exception {
        queue.add(new URI[] {start, null});
        while (!queue.isEmpty()) {
            URI[] next = queue.poll();
            if (!fetched.containsKey(next[0])) {
                fetch(next[0], next[1]);
            }
        }
        return this;
    }

    private void fetch(URI address, URI linkedFrom) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        fetched.put(address, response.statusCode());
        if (response.statusCode() != 200) {
            broken.add(response.statusCode() + " " + address + " (linked from " + linkedFrom + ")");
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            Document page = Jsoup.parse(response.body(), address.toString());
            for (Element element : page.select("[href], [src]")) {
                follow(element.hasAttr("href") ? element.attr("href") : element.attr("src"), address);
            }
            for (Element refresh : page.select("meta[http-equiv=refresh]")) {
                Matcher target = REFRESH.matcher(refresh.attr("content"));
                if (!target.matches()) {
                    broken.add("unreadable refresh on " + address);
                } else {
                    follow(target.group(1), address);
                }
            }
        } else if (type.startsWith("text/plain")) {
            Matcher sitemap = SITEMAP.matcher(response.body());
            while (sitemap.find()) {
                follow(sitemap.group(1).strip(), address);
            }
        } else if (type.contains("xml")) {
            Document xml = Jsoup.parse(response.body(), "", Parser.xmlParser());
            xml.select("loc").forEach(loc -> follow(loc.text(), address));
            xml.select("link[href]").forEach(link -> follow(link.attr("href"), address));
        }
    }

    private void follow(String link, URI page) {
        if (link.isEmpty() || link.startsWith("#")) {
            return;
        }
        String absolute = page.resolve(link.replace(" ", "%20")).toString();
        if (absolute.startsWith(publicBase)) {
            absolute = base.resolve(absolute.substring(publicBase.length())).toString();
        }
        int fragment = absolute.indexOf('#');
        URI target = URI.create(fragment < 0 ? absolute : absolute.substring(0, fragment));
        boolean sameServer = base.getAuthority().equals(target.getAuthority());
        if (sameServer && !target.toString().startsWith(base.toString())) {
            // A root-relative link that forgot the base path: it would leave the site on any real host.
            broken.add("outside the site: " + target + " (linked from " + page + ")");
        } else if (sameServer && !fetched.containsKey(target)) {
            queue.add(new URI[] {target, page});
        }
    }
}
