package inkwell.posts;

import inkwell.site.CurrentSite;
import inkwell.storage.StorageFailure;
import inkwell.web.cache.PageCache;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.http.Redirects;
import inkwell.web.http.Router;
import inkwell.web.http.Routes;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;
import io.undertow.server.HttpServerExchange;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /tags} and a tag's pages, and renaming (or merging) a tag from {@code /tags}. Readers only ever see tags
 * of public posts: a tag that only drafts carry answers 404 like one that never existed.
 */
public final class TagPages {
    private static final Logger LOG = LoggerFactory.getLogger(TagPages.class);
    private static final String INDEX = "tags/index.jte";

    private final Posts posts;
    private final PageCache pages;
    private final Templates templates;
    private final Csrf csrf;
    private final CurrentSite site;
    private final FormReader forms = new FormReader();

    public TagPages(Posts posts, PageCache pages, Templates templates, Csrf csrf, CurrentSite site) {
        this.posts = posts;
        this.pages = pages;
        this.templates = templates;
        this.csrf = csrf;
        this.site = site;
    }

    public void index(HttpServerExchange exchange) {
        templates.send(exchange, 200, INDEX, TagsPage.of(posts.publicTagCounts(), csrf.token(exchange)));
    }

    public void show(HttpServerExchange exchange) {
        Tag tag = posts.tag(Router.parameter(exchange, "slug")).orElseThrow(TagPages::noSuchTag);
        long total = posts.publicCount(tag);
        if (total == 0) {
            throw noSuchTag();
        }
        Optional<Pagination> pagination = PageNumbers.requested(exchange, total, site.settings().postsPerPage(),
                tag.path());
        if (pagination.isEmpty()) {
            return;
        }
        PageCache.Render render = pages.render(exchange);
        Pagination page = pagination.get();
        TagPage model = new TagPage(tag, posts.countedCards(posts.tagged(tag, page.offset(), page.pageSize()), render),
                page, total);
        render.send(exchange, templates.render(exchange, "tags/tag.jte", model), ReadingPages.PAGE_MAX_AGE_SECONDS);
    }

    /** Renames the tag named by the form's {@code tag} (its slug) to {@code name}, merging into a tag of that name. */
    public void rename(HttpServerExchange exchange) {
        Form form = forms.read(exchange);
        String slug = form.get("tag") == null ? "" : form.get("tag");
        String name = TagNames.normalized(form.get("name") == null ? "" : form.get("name"));
        TagsPage page = TagsPage.of(posts.publicTagCounts(), csrf.token(exchange));
        if (!csrf.accepts(exchange, form.get(Csrf.FIELD))) {
            templates.send(exchange, 403, INDEX, page.refused(slug, name, "Your session expired (or Inkwell was "
                    + "restarted), so the tag was not renamed yet: press Rename again."));
            return;
        }
        Optional<String> problem = Posts.tagNameProblem(name);
        if (problem.isPresent()) {
            templates.send(exchange, 422, INDEX, page.refused(slug, name, problem.get()));
            return;
        }
        try {
            if (posts.renameTag(slug, name).isEmpty()) {
                throw noSuchTag();
            }
        } catch (StorageFailure e) {
            LOG.error("Could not rename tag {}", slug, e);
            templates.send(exchange, 503, INDEX, page.refused(slug, name, "Not renamed: " + e.getMessage() + "."));
            return;
        }
        Redirects.seeOther(exchange, Routes.TAGS);
    }

    static HttpError noSuchTag() {
        return HttpError.notFound("There is no tag at this address. It may have been renamed or merged.");
    }
}
