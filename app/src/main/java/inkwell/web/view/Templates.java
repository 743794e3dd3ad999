package inkwell.web.view;

import inkwell.site.CurrentSite;
import inkwell.site.PublicAddress;
import inkwell.site.SiteSettings;
import inkwell.web.assets.AssetUrls;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Map;

/**
 * Renders the precompiled JTE templates (compiled from {@code templates/} at build time, HTML-escaped by
 * default) and sends them. Every page template takes {@code site} and its model as {@code page}.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final CurrentSite current;
    private final AssetUrls assets;

    public Templates(CurrentSite current, AssetUrls assets) {
        this.current = current;
        this.assets = assets;
    }

    public AssetUrls assets() {
        return assets;
    }

    /**
     * The site as this request sees it. Absolute links (canonical, link previews, feeds) use the public address
     * when one is set: that is where readers find the blog. Until then they use the Host header, which the Host
     * check has limited to this machine's names, so links match the address the user actually opened.
     */
    public Site siteFor(HttpServerExchange exchange) {
        return siteFor(exchange.getRequestScheme() + "://" + exchange.getHostAndPort() + "/", Viewer.of(exchange));
    }

    /** The site as a request for {@code requestBase} by {@code viewer} sees it, for pages rendered outside one. */
    public Site siteFor(String requestBase, Viewer viewer) {
        SiteSettings settings = current.settings();
        String base = settings.publicAddress().map(PublicAddress::base).orElse(requestBase);
        return Site.live(settings, current.hasAbout(), base, assets, viewer);
    }

    public byte[] render(Site site, String template, PageModel page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, Map.of("site", site, "page", page), output);
        return output.toByteArray();
    }

    /** Renders the page as this request's site shows it. */
    public byte[] render(HttpServerExchange exchange, String template, PageModel page) {
        return render(siteFor(exchange), template, page);
    }

    /** Renders the page and sends it with the given status as UTF-8 HTML. */
    public void send(HttpServerExchange exchange, int status, String template, PageModel page) {
        byte[] body = render(exchange, template, page);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(body));
    }
}
