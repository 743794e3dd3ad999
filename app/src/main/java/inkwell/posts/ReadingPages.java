package inkwell.posts;

import inkwell.site.CurrentSite;
import inkwell.web.cache.PageCache;
import inkwell.web.http.HttpError;
import inkwell.web.http.Query;
import inkwell.web.http.Redirects;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import inkwell.web.view.Viewer;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Optional;

/**
 * What readers see: home, the list of all posts and a post. These pages are kept by the {@link PageCache}, with
 * holes for what must be exact on every request (view counts, the visitor's security token).
 */
public final class ReadingPages {
    static final int HOME_NEWEST = 6;
    static final int HOME_MOST_READ = 5;
    /** Kept pages show relative dates ("5 minutes ago"); the home page also this week's most read. */
    static final long PAGE_MAX_AGE_SECONDS = 30;
    static final long HOME_MAX_AGE_SECONDS = 5;
    private static final AttachmentKey<Long> VIEWS_NOW = AttachmentKey.create(Long.class);

    private final Posts posts;
    private final Templates templates;
    private final Csrf csrf;
    private final PageCache pages;
    private final CurrentSite site;

    public ReadingPages(Posts posts, Templates templates, Csrf csrf, PageCache pages, CurrentSite site) {
        this.site = site;
        this.posts = posts;
        this.templates = templates;
        this.csrf = csrf;
        this.pages = pages;
    }

    public void home(HttpServerExchange exchange) {
        Optional<String> number = OldAddresses.number(Query.first(exchange, "p"));
        if (number.isPresent()) {
            toPostAt(exchange, OldAddresses.byNumber(number.get()));
            return;
        }
        PageCache.Render render = pages.render(exchange);
        render.send(exchange, templates.render(exchange, "posts/home.jte", homePage()), HOME_MAX_AGE_SECONDS);
    }

    /** The home page as {@code viewer} sees it at {@code requestBase}, rendered outside a request. */
    public byte[] home(String requestBase, Viewer viewer) {
        return templates.render(templates.siteFor(requestBase, viewer), "posts/home.jte", homePage());
    }

    private HomePage homePage() {
        List<PostCard> newest = posts.cards(posts.newest(0, HOME_NEWEST), post -> "");
        List<HomePage.WeeklyReads> mostRead = posts.mostReadThisWeek(HOME_MOST_READ).stream()
                .map(entry -> new HomePage.WeeklyReads(PostCard.withoutViews(entry.getKey()), entry.getValue()))
                .toList();
        return HomePage.of(newest, mostRead, posts.count(), site.settings().description());
    }

    public void list(HttpServerExchange exchange) {
        long total = posts.count();
        int pageSize = site.settings().postsPerPage();
        Pagination pagination = PageNumbers.requested(exchange, total, pageSize, Routes.POSTS).orElse(null);
        if (pagination == null) {
            return;
        }
        PageCache.Render render = pages.render(exchange);
        List<PostCard> cards = posts.countedCards(posts.newest(pagination.offset(), pageSize), render);
        render.send(exchange, templates.render(exchange, "posts/list.jte", new ListPage(cards, pagination, total)),
                PAGE_MAX_AGE_SECONDS);
    }

    /** {@code /posts/{id}}: the canonical address has the slug. */
    public void showById(HttpServerExchange exchange) {
        Post post = posts.find(PostIds.from(exchange)).filter(found -> visible(exchange, found))
                .orElseThrow(ReadingPages::noSuchPost);
        Redirects.permanent(exchange, Routes.post(post.id(), post.slug()));
    }

    public void show(HttpServerExchange exchange) {
        PageCache.Render render = pages.render(exchange);
        long id = PostIds.from(exchange);
        PostRepository.StoredPost stored = posts.findWithBody(id).filter(found -> visible(exchange, found.post()))
                .orElseThrow(ReadingPages::noSuchPost);
        Post post = stored.post();
        if (!post.slug().equals(Router.parameter(exchange, "slug"))
                || !String.valueOf(id).equals(Router.parameter(exchange, "id"))) {
            // Renamed posts keep their old links: any slug for a known id leads to the current one.
            Redirects.permanent(exchange, Routes.post(id, post.slug()));
            return;
        }
        // Every GET of a public post counts one view; the page shows the count including it, exact on every
        // request. A draft's views are its writer's own: not counted.
        if (post.isPublic()) {
            render.onEachGet(request -> request.putAttachment(VIEWS_NOW, posts.recordView(post)));
        }
        String viewsLabel = render.hole(request -> PostCard.viewsLabel(
                Optional.ofNullable(request.getAttachment(VIEWS_NOW)).orElseGet(() -> posts.views(post))));
        PostCard card = PostCard.of(post, viewsLabel).withTags(posts.tagsOf(post));
        PostPage page = PostPage.of(post, card, stored.body().html(), render.hole(csrf::token));
        render.send(exchange, templates.render(exchange, "posts/post.jte", page), PAGE_MAX_AGE_SECONDS);
    }



    /**
     * An address no route answers: one a post had on the blog it came from (a WordPress permalink, WordPress's
     * {@code /index.php?p=123}) redirects to the post's address now; any other is not found.
     */
    public void oldAddress(HttpServerExchange exchange) {
        boolean read = exchange.getRequestMethod().equals(Methods.GET)
                || exchange.getRequestMethod().equals(Methods.HEAD);
        String path = Router.unroutedPath(exchange);
        Optional<String> number = OldAddresses.number(Query.first(exchange, "p"));
        Optional<String> old = path.equals("/index.php") && number.isPresent()
                ? Optional.of(OldAddresses.byNumber(number.get())) : OldAddresses.requested(path);
        if (!read || old.isEmpty()) {
            throw Router.notFound(exchange);
        }
        toPostAt(exchange, old.get());
    }

    private void toPostAt(HttpServerExchange exchange, String oldPath) {
        Post post = posts.atOldPath(oldPath).filter(found -> visible(exchange, found))
                .orElseThrow(() -> Router.notFound(exchange));
        Redirects.permanent(exchange, Routes.post(post.id(), post.slug()));
    }

    /** A draft or a scheduled post is its owner's alone: to anyone else it is not there at all. */
    private static boolean visible(HttpServerExchange exchange, Post post) {
        return post.isPublic() || Viewer.isOwner(exchange);
    }

    static HttpError noSuchPost() {
        return HttpError.notFound("There is no post at this address. It may have been deleted.");
    }
}
