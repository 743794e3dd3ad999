package inkwell.articles;

import inkwell.markdown.MarkdownRenderer;
import inkwell.storage.Database;
import inkwell.storage.StorageFailure;
import inkwell.web.Csrf;
import inkwell.web.Form;
import inkwell.web.FormReader;
import inkwell.web.HttpError;
import inkwell.web.PageCache;
import inkwell.web.Paths;
import inkwell.web.Redirects;
import inkwell.web.Router;
import inkwell.web.Templates;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog's pages: home, the list, a post, and the write, edit and delete flows. Every write reads its post
 * id from the URL only, checks the CSRF token, and on any failure re-shows the form with the text kept.
 */
public final class ArticleHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleHandlers.class);
    static final int HOME_NEWEST = 6;
    static final int HOME_MOST_READ = 5;
    /** Kept pages show relative dates ("5 minutes ago"); the home page also this week's most read. */
    static final long PAGE_MAX_AGE_SECONDS = 30;
    static final long HOME_MAX_AGE_SECONDS = 5;
    private static final AttachmentKey<Long> VIEWS_NOW = AttachmentKey.create(Long.class);

    private final ArticleRepository repository;
    private final ViewCounter views;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Templates templates;
    private final Csrf csrf;
    private final FormReader forms = new FormReader();
    private final Clock clock;
    private final PageCache pages;

    public ArticleHandlers(Database database, Templates templates, Csrf csrf, Clock clock, PageCache pages) {
        this.repository = new ArticleRepository(database);
        this.views = new ViewCounter(repository, clock);
        this.templates = templates;
        this.csrf = csrf;
        this.clock = clock;
        this.pages = pages;
    }

    /** Creates the welcome post when this data folder has never been welcomed and holds no posts. */
    public void welcomeOnFirstRun(Path dataDir, String url) throws IOException {
        Path marker = dataDir.resolve(WelcomePost.MARKER);
        if (Files.exists(marker)) {
            return;
        }
        if (repository.count() == 0) {
            ArticleDraft draft = WelcomePost.draft(dataDir, url);
            repository.create(ArticleContent.of(draft, markdown.render(draft.content())), clock.instant());
            pages.invalidate();
        }
        Files.writeString(marker, "welcomed\n");
    }

    /** Writes the view counts gathered since the last call (on a timer and at shutdown). */
    public void flushViews() {
        views.flush();
    }

    public void home(HttpServerExchange exchange) {
        PageCache.Render render = pages.render(exchange);
        List<ArticleCard> newest = cards(repository.newest(0, HOME_NEWEST), render);
        List<Map.Entry<Long, Long>> top = views.mostViewedThisWeek(HOME_MOST_READ);
        Map<Long, Article> topArticles = new java.util.HashMap<>();
        repository.byIds(top.stream().map(Map.Entry::getKey).toList())
                .forEach(article -> topArticles.put(article.id(), article));
        List<HomePage.WeeklyReads> mostRead = top.stream().filter(entry -> topArticles.containsKey(entry.getKey()))
                .map(entry -> new HomePage.WeeklyReads(card(topArticles.get(entry.getKey()), render), entry.getValue()))
                .toList();
        String description = "Notes on code by " + (newest.isEmpty() ? "a developer" : newest.get(0).author()) + ".";
        render.send(exchange, templates.render(exchange, "articles/home.jte",
                new HomePage(newest, mostRead, repository.count(), description)), HOME_MAX_AGE_SECONDS);
    }

    public void list(HttpServerExchange exchange) {
        long total = repository.count();
        int pages = Pagination.pagesFor(total);
        String requested = Query.first(exchange, "page");
        int page = PageNumbers.nearestValid(requested, pages);
        // Anything but the one canonical spelling of an existing page ("0", "-3", "01", "x", past the end,
        // page 1 spelled out) redirects to the nearest page that exists.
        if (requested != null && (page == 1 || !requested.equals(String.valueOf(page)))) {
            Redirects.found(exchange, ArticlePaths.listPage(page));
            return;
        }
        PageCache.Render render = this.pages.render(exchange);
        Pagination pagination = new Pagination(page, pages);
        List<ArticleCard> articles = cards(repository.newest(pagination.offset(), Pagination.PAGE_SIZE), render);
        render.send(exchange, templates.render(exchange, "articles/list.jte",
                new ListPage(articles, pagination, total)), PAGE_MAX_AGE_SECONDS);
    }

    /** {@code /posts/{id}}: the canonical address has the slug. */
    public void showById(HttpServerExchange exchange) {
        Article article = repository.find(PostIds.from(exchange)).orElseThrow(ArticleHandlers::noSuchPost);
        Redirects.permanent(exchange, Paths.encode(ArticlePaths.canonical(article.id(), article.slug())));
    }

    public void show(HttpServerExchange exchange) {
        PageCache.Render render = pages.render(exchange);
        long id = PostIds.from(exchange);
        ArticleRepository.StoredArticle stored = repository.findWithBody(id).orElseThrow(ArticleHandlers::noSuchPost);
        Article article = stored.article();
        String slug = Router.parameter(exchange, "slug");
        if (!article.slug().equals(slug) || !String.valueOf(id).equals(Router.parameter(exchange, "id"))) {
            // Renamed posts keep their old links: any slug for a known id leads to the current one.
            Redirects.permanent(exchange, Paths.encode(ArticlePaths.canonical(id, article.slug())));
            return;
        }
        // Every GET counts one view; the page shows the count including it, exact on every request.
        render.onEachGet(request -> request.putAttachment(VIEWS_NOW, views.record(article)));
        String viewsLabel = render.hole(request -> ArticleCard.viewsLabel(
                Optional.ofNullable(request.getAttachment(VIEWS_NOW)).orElseGet(() -> views.views(article))));
        ArticleCard card = ArticleCard.of(article, viewsLabel);
        PostPage page = new PostPage(card, stored.body().html(), Excerpts.shorten(article.excerpt(), 160),
                render.hole(csrf::token));
        render.send(exchange, templates.render(exchange, "articles/post.jte", page),
                PAGE_MAX_AGE_SECONDS);
    }

    public void newForm(HttpServerExchange exchange) {
        String author = AuthorCookie.read(exchange).orElseGet(() -> repository.newest(0, 1).stream()
                .map(Article::author).findFirst().orElse(""));
        templates.send(exchange, 200, "articles/form.jte",
                createForm(new ArticleDraft("", author, ""), Map.of(), null, exchange));
    }

    public void create(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        ArticleDraft draft = draftFrom(form);
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            templates.send(exchange, 403, "articles/form.jte",
                    createForm(draft, Map.of(), FormNotices.EXPIRED, exchange));
            return;
        }
        Map<String, String> errors = ArticleValidator.validate(draft);
        if (!errors.isEmpty()) {
            templates.send(exchange, 422, "articles/form.jte", createForm(draft, errors, null, exchange));
            return;
        }
        Article article;
        try {
            article = repository.create(ArticleContent.of(draft, markdown.render(draft.content())), clock.instant());
        } catch (StorageFailure e) {
            LOG.error("Could not save a new post", e);
            templates.send(exchange, 503, "articles/form.jte",
                    createForm(draft, Map.of(), FormNotices.notSaved(e.getMessage()), exchange));
            return;
        }
        pages.invalidate();
        AuthorCookie.write(exchange, draft.author());
        Redirects.seeOther(exchange, Paths.encode(ArticlePaths.canonical(article.id(), article.slug())));
    }

    public void editForm(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        ArticleRepository.StoredArticle stored = repository.findWithBody(id).orElseThrow(ArticleHandlers::noSuchPost);
        Article article = stored.article();
        ArticleDraft draft = new ArticleDraft(article.title(), article.author(), stored.body().markdown());
        templates.send(exchange, 200, "articles/form.jte", editForm(id, draft, Map.of(), null, exchange));
    }

    public void update(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        Form form = forms.read(exchange);
        ArticleDraft draft = draftFrom(form);
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            templates.send(exchange, 403, "articles/form.jte", editForm(id, draft, Map.of(), FormNotices.EXPIRED,
                    exchange));
            return;
        }
        Map<String, String> errors = ArticleValidator.validate(draft);
        if (!errors.isEmpty()) {
            templates.send(exchange, 422, "articles/form.jte", editForm(id, draft, errors, null, exchange));
            return;
        }
        Optional<Article> updated;
        try {
            updated = repository.update(id, ArticleContent.of(draft, markdown.render(draft.content())), clock.instant());
        } catch (StorageFailure e) {
            LOG.error("Could not save post {}", id, e);
            templates.send(exchange, 503, "articles/form.jte",
                    editForm(id, draft, Map.of(), FormNotices.notSaved(e.getMessage()), exchange));
            return;
        }
        pages.invalidate();
        if (updated.isEmpty()) {
            // Deleted in another tab meanwhile: offer to save the text as a new post rather than lose it.
            templates.send(exchange, 404, "articles/form.jte",
                    createForm(draft, Map.of(), FormNotices.DELETED_MEANWHILE, exchange));
            return;
        }
        AuthorCookie.write(exchange, draft.author());
        Redirects.seeOther(exchange, Paths.encode(ArticlePaths.canonical(id, updated.get().slug())));
    }

    public void deleteConfirm(HttpServerExchange exchange) {
        Article article = repository.find(PostIds.from(exchange)).orElseThrow(ArticleHandlers::noSuchPost);
        templates.send(exchange, 200, "articles/delete.jte", new DeletePage(card(article), csrf.token(exchange)));
    }

    public void delete(HttpServerExchange exchange) {
        long id = PostIds.from(exchange);
        Form form = forms.read(exchange);
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            throw HttpError.forbidden("This delete request did not carry a valid security token, so nothing was "
                    + "deleted. Open the post again and use its Delete button.");
        }
        boolean deleted;
        try {
            deleted = repository.delete(id);
        } catch (StorageFailure e) {
            LOG.error("Could not delete post {}", id, e);
            throw new HttpError(503, "The post was not deleted: " + e.getMessage() + ".");
        }
        if (!deleted) {
            throw noSuchPost();
        }
        pages.invalidate();
        views.forget(id);
        Redirects.seeOther(exchange, ArticlePaths.LIST);
    }

    private FormPage createForm(ArticleDraft draft, Map<String, String> errors, String notice,
                                HttpServerExchange exchange) {
        return new FormPage("Write a post", ArticlePaths.LIST, "Publish", draft, errors, notice, "/",
                csrf.token(exchange));
    }

    private FormPage editForm(long id, ArticleDraft draft, Map<String, String> errors, String notice,
                              HttpServerExchange exchange) {
        String cancel = repository.find(id).map(a -> Paths.encode(ArticlePaths.canonical(id, a.slug())))
                .orElse(ArticlePaths.LIST);
        return new FormPage("Edit post", ArticlePaths.edit(id), "Save changes", draft, errors, notice, cancel,
                csrf.token(exchange));
    }

    private static ArticleDraft draftFrom(Form form) {
        return ArticleDraft.of(form.get("title"), form.get("name"), form.get("content"));
    }

    private List<ArticleCard> cards(List<Article> articles, PageCache.Render render) {
        return articles.stream().map(article -> card(article, render)).toList();
    }

    /** The card's view count is a hole: kept pages show it exact, however many views came since. */
    private ArticleCard card(Article article, PageCache.Render render) {
        return ArticleCard.of(article, render.hole(request -> ArticleCard.viewsLabel(views.views(article))));
    }

    private ArticleCard card(Article article) {
        return ArticleCard.of(article, ArticleCard.viewsLabel(views.views(article)));
    }

    private static HttpError noSuchPost() {
        return HttpError.notFound("There is no post at this address. It may have been deleted.");
    }
}
