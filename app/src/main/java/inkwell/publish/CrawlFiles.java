package inkwell.publish;

import inkwell.posts.Posts;
import inkwell.posts.TaggedPosts;
import inkwell.web.http.HttpError;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
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
        send(exchange, "application/atom+xml; charset=utf-8",
                AtomFeed.write(templates.siteFor(exchange), posts.newestInFull(AtomFeed.ENTRIES)));
    }

    /** A tag's newest public posts; a tag no public post carries is unknown to readers. */
    public void tagFeed(HttpServerExchange exchange) {
        TaggedPosts tagged = posts.taggedInFull(Router.parameter(exchange, "slug"), AtomFeed.ENTRIES)
                .filter(found -> !found.posts().isEmpty())
                .orElseThrow(() -> HttpError.notFound("There is no tag at this address."));
        send(exchange, "application/atom+xml; charset=utf-8",
                AtomFeed.write(templates.siteFor(exchange), tagged.tag(), tagged.posts()));
    }

    public void sitemap(HttpServerExchange exchange) {
        List<String> pages = Sitemap.pages(posts.publicTagPaths());
        send(exchange, "application/xml; charset=utf-8", Sitemap.write(templates.siteFor(exchange), pages,
                posts.addresses(Math.max(0, Sitemap.MAX_URLS - pages.size()))));
    }

    /** Everything may be crawled but the writer's own pages, which are no use to a search engine. */
    public void robots(HttpServerExchange exchange) {
        send(exchange, "text/plain; charset=utf-8", Robots.text(templates.siteFor(exchange),
                List.of(Routes.WRITE, Routes.WRITE_LONG, Routes.STOP)));
    }

    private static void send(HttpServerExchange exchange, String type, byte[] body) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
