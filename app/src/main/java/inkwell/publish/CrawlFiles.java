package inkwell.publish;

import inkwell.posts.Posts;
import inkwell.web.http.Routes;
import inkwell.web.view.Site;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What feed readers and crawlers ask a blog for: {@code /feed.xml} (Atom), {@code /sitemap.xml} and
 * {@code /robots.txt}, with absolute addresses at the address the blog was opened at.
 */
public final class CrawlFiles {
    private final Posts posts;
    private final Templates templates;

    public CrawlFiles(Posts posts, Templates templates) {
        this.posts = posts;
        this.templates = templates;
    }

    public void feed(HttpServerExchange exchange) {
        Site site = templates.siteFor(exchange);
        send(exchange, "application/atom+xml; charset=utf-8",
                AtomFeed.write(site.title(), site.baseUrl(), posts.newestInFull(AtomFeed.ENTRIES)));
    }

    public void sitemap(HttpServerExchange exchange) {
        List<String> pages = List.of(Routes.HOME, Routes.POSTS);
        send(exchange, "application/xml; charset=utf-8", Sitemap.write(templates.siteFor(exchange).baseUrl(), pages,
                posts.addresses(Sitemap.MAX_URLS - pages.size())));
    }

    /** Everything may be crawled but the writer's own pages, which are no use to a search engine. */
    public void robots(HttpServerExchange exchange) {
        String text = "User-agent: *\nDisallow: " + Routes.WRITE + "\nDisallow: " + Routes.WRITE_LONG
                + "\nDisallow: " + Routes.STOP + "\n\nSitemap: " + templates.siteFor(exchange).absolute(Routes.SITEMAP)
                + "\n";
        send(exchange, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServerExchange exchange, String type, byte[] body) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
