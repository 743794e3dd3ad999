package inkwell.web.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.PathTemplateMatch;
import io.undertow.util.PathTemplateMatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps method and path template ({@code /posts/{id}/{slug}}) to a handler, with Undertow's template matcher.
 * HEAD is answered by the GET handler (Undertow drops the body); a known path with another method gets 405 and
 * an {@code Allow} header; an unknown path gets the 404 page.
 */
public final class Router implements HttpHandler {
    private final PathTemplateMatcher<Map<HttpString, HttpHandler>> matcher = new PathTemplateMatcher<>();
    private HttpHandler unrouted = exchange -> {
        throw notFound(exchange);
    };

    /**
     * What answers a path no route matches, before the 404 page (old addresses brought by an import): nothing
     * is looked up for a path a route answers.
     */
    public Router otherwise(HttpHandler handler) {
        this.unrouted = handler;
        return this;
    }

    public Router get(String template, HttpHandler handler) {
        return add(Methods.GET, template, handler);
    }

    public Router post(String template, HttpHandler handler) {
        return add(Methods.POST, template, handler);
    }

    private Router add(HttpString method, String template, HttpHandler handler) {
        Map<HttpString, HttpHandler> handlers = matcher.get(template);
        if (handlers == null) {
            handlers = new LinkedHashMap<>();
            matcher.add(template, handlers);
        }
        handlers.put(method, handler);
        return this;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String slashless = exchange.getAttachment(CanonicalPaths.WITHOUT_TRAILING_SLASH);
        PathTemplateMatcher.PathMatchResult<Map<HttpString, HttpHandler>> match =
                matcher.match(slashless != null ? slashless : exchange.getRelativePath());
        if (match == null) {
            unrouted.handleRequest(exchange);
            return;
        }
        if (slashless != null) {
            CanonicalPaths.redirect(exchange, slashless); // a page's address with a trailing slash
            return;
        }
        HttpString method = exchange.getRequestMethod();
        HttpHandler handler = match.getValue().get(method.equals(Methods.HEAD) ? Methods.GET : method);
        if (handler == null) {
            exchange.getResponseHeaders().put(io.undertow.util.Headers.ALLOW, allowed(match.getValue()));
            throw new HttpError(405, "This address does not take " + method + " requests. It takes "
                    + allowed(match.getValue()) + ".");
        }
        exchange.putAttachment(PathTemplateMatch.ATTACHMENT_KEY,
                new PathTemplateMatch(match.getMatchedTemplate(), match.getParameters()));
        handler.handleRequest(exchange);
    }

    private static String allowed(Map<HttpString, HttpHandler> handlers) {
        TreeSet<String> methods = new TreeSet<>();
        handlers.keySet().forEach(method -> methods.add(method.toString()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return String.join(", ", methods);
    }

    /** The path no route matched, decoded, without the trailing slash it may have had. */
    public static String unroutedPath(HttpServerExchange exchange) {
        String slashless = exchange.getAttachment(CanonicalPaths.WITHOUT_TRAILING_SLASH);
        return slashless != null ? slashless : exchange.getRequestPath();
    }

    /** The 404 for a path nothing answers. */
    public static HttpError notFound(HttpServerExchange exchange) {
        return HttpError.notFound("There is no page at " + unroutedPath(exchange) + ".");
    }

    /** A path parameter of the matched template, as decoded by Undertow. */
    public static String parameter(HttpServerExchange exchange, String name) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        return match == null ? null : match.getParameters().get(name);
    }
}
