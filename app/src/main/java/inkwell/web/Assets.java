package inkwell.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.cache.DirectBufferCache;
import io.undertow.server.handlers.resource.CachingResourceManager;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.Resource;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.server.handlers.resource.ResourceManager;
import io.undertow.util.Headers;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Serves {@code /assets/...} from the jar with Undertow's resource handler (conditional requests, 304s,
 * ranges, HEAD), adding ETags from the content hash and year-long immutable caching when the URL carries the
 * current fingerprint. Only plain relative paths of known characters are looked up: no "..", no backslash, no
 * encoded separators can reach the class loader.
 */
final class Assets implements HttpHandler {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*"
            + "(?:/[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)*");
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "public, max-age=0, must-revalidate";
    /**
     * Served assets stay in memory after their first request (Undertow's caching resource manager): reading a
     * jar entry for each request held the CSS at a tenth of the same-bytes ceiling. The site's own assets are
     * 56 KB and a page uses one highlight.js theme; 2 MiB of 1 KiB slices holds them many times over.
     */
    private static final int CACHE_SLICE = 1024;
    private static final int CACHE_SLICES_PER_PAGE = 64;
    private static final int CACHE_BYTES = 2 * 1024 * 1024;
    private static final int CACHE_ENTRIES = 256;
    private static final long LARGEST_CACHED_FILE = 512 * 1024;

    private final AssetUrls urls;
    private final ResourceHandler resources;

    Assets(AssetUrls urls, ClassLoader loader) {
        this.urls = urls;
        ResourceManager manager = new CachingResourceManager(CACHE_ENTRIES, LARGEST_CACHED_FILE,
                new DirectBufferCache(CACHE_SLICE, CACHE_SLICES_PER_PAGE, CACHE_BYTES),
                new FingerprintedResources(new ClassPathResourceManager(loader, ""), urls), -1);
        this.resources = new ResourceHandler(manager).setDirectoryListingEnabled(false)
                .setWelcomeFiles().setCacheTime(null);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String asset = exchange.getRelativePath().startsWith("/") ? exchange.getRelativePath().substring(1)
                : exchange.getRelativePath();
        serve(exchange, asset);
    }

    /** Serves one asset by its path under {@code assets/} (also used for {@code /favicon.ico}). */
    void serve(HttpServerExchange exchange, String asset) throws Exception {
        if (!SAFE_PATH.matcher(asset).matches() || asset.toLowerCase(Locale.ROOT).contains("..")
                || urls.fingerprint(asset).isEmpty()) {
            throw HttpError.notFound("There is no file at " + exchange.getRequestPath() + ".");
        }
        Deque<String> version = exchange.getQueryParameters().get("v");
        boolean current = version != null && version.size() == 1
                && version.getFirst().equals(urls.fingerprint(asset).get());
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, current ? YEAR : REVALIDATE);
        exchange.setRelativePath("/" + AssetUrls.resourceName(asset));
        resources.handleRequest(exchange);
    }

    /** Wraps class-path resources so each carries a strong ETag made from its content. */
    private record FingerprintedResources(ResourceManager delegate, AssetUrls urls) implements ResourceManager {
        @Override
        public Resource getResource(String path) throws java.io.IOException {
            Resource resource = delegate.getResource(path);
            return resource == null ? null : new EtaggedResource(resource, etagFor(path));
        }

        private io.undertow.util.ETag etagFor(String resourcePath) {
            String name = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
            String asset = name.startsWith(AssetUrls.Vendor.HIGHLIGHT_ROOT)
                    ? AssetUrls.Vendor.HIGHLIGHT_PREFIX + name.substring(AssetUrls.Vendor.HIGHLIGHT_ROOT.length())
                    : name.substring("assets/".length());
            return urls.fingerprint(asset).map(tag -> new io.undertow.util.ETag(false, tag)).orElse(null);
        }

        @Override
        public boolean isResourceChangeListenerSupported() {
            return false;
        }

        @Override
        public void registerResourceChangeListener(io.undertow.server.handlers.resource.ResourceChangeListener l) {
            throw new UnsupportedOperationException("assets in a jar do not change");
        }

        @Override
        public void removeResourceChangeListener(io.undertow.server.handlers.resource.ResourceChangeListener l) {
            throw new UnsupportedOperationException("assets in a jar do not change");
        }

        @Override
        public void close() throws java.io.IOException {
            delegate.close();
        }
    }
}
