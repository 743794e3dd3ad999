package inkwell.publish;

import inkwell.media.MediaStore;
import inkwell.posts.ListPage;
import inkwell.posts.PostPage;
import inkwell.posts.Posts;
import inkwell.posts.PublishedBlog;
import inkwell.posts.PublishedPost;
import inkwell.posts.TagPage;
import inkwell.posts.TaggedPosts;
import inkwell.site.AboutPage;
import inkwell.site.PublicAddress;
import inkwell.site.SiteSettings;
import inkwell.web.http.Routes;
import inkwell.web.view.ErrorPage;
import inkwell.web.view.PageModel;
import inkwell.web.view.Site;
import inkwell.web.view.Templates;
import inkwell.web.view.Viewer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The blog as a static site: every public page as its readers see it (no controls, tokens or counters), rendered
 * by the same templates as the live pages, with links under the public address's path, plus the feed, the
 * crawl files, redirect pages for old addresses and the fingerprinted assets the pages link. The same blog
 * always gives the same bytes: nothing in it depends on when it was rendered.
 */
public final class StaticSite {
    static final String NOT_FOUND = "There is no page at this address. It may have moved, or been deleted.";

    private final Posts posts;
    private final Templates templates;
    private final MediaStore media;

    /** A site of posts without stored images (tests of the pages alone). */
    public StaticSite(Posts posts, Templates templates) {
        this(posts, templates, null);
    }

    public StaticSite(Posts posts, Templates templates, MediaStore media) {
        this.posts = posts;
        this.templates = templates;
        this.media = media;
    }

    /**
     * Renders the whole site, with the About page when {@code aboutHtml} (sanitized, from the settings) is not
     * empty; a blog without a public address cannot be published (see {@link NoPublicAddress}).
     */
    public SiteFiles render(SiteSettings settings, String aboutHtml) throws NoPublicAddress {
        PublicAddress address = settings.publicAddress().orElseThrow(NoPublicAddress::new);
        StaticLinks links = new StaticLinks(address, templates.assets());
        Site site = new Site(settings, !aboutHtml.isEmpty(), links, Viewer.READER);
        PublishedBlog blog = posts.published();
        Files files = new Files(links);
        files.page(Routes.HOME, render(site, "posts/home.jte", blog.home(settings.description())));
        for (ListPage list : blog.lists(settings.postsPerPage())) {
            files.page(Routes.postsPage(list.pagination().page()), render(site, "posts/list.jte", list));
        }
        files.page(Routes.TAGS, render(site, "tags/index.jte", blog.tagIndex()));
        for (TagPage tagPage : blog.tagPages(settings.postsPerPage())) {
            files.page(tagPage.pagination().pathOf(tagPage.pagination().page()), render(site, "tags/tag.jte", tagPage));
        }
        for (TaggedPosts tagged : blog.tagFeeds(AtomFeed.ENTRIES)) {
            files.page(tagged.tag().feedPath(), AtomFeed.write(site, tagged.tag(), siteLinks(tagged.posts(), links)));
        }
        SortedSet<String> images = new TreeSet<>();
        blog.eachPost(page -> {
            images.addAll(MediaStore.namesIn(page.html()));
            files.page(page.post().path(), render(site, "posts/post.jte",
                    new PostPage(page.post(), BodyLinks.rewrite(page.html(), links), page.description(), null)));
        });
        // The About page (about/index.html, from the site settings' About text) belongs here once /about exists.
        for (PublishedBlog.OldAddress old : blog.oldAddresses()) {
            files.page(old.path(), render(site, "publish/redirect.jte", new RedirectPage(old.title(), old.target())));
        }
        images.addAll(MediaStore.namesIn(aboutHtml));
        putImages(files, images);
        if (!aboutHtml.isEmpty()) {
            files.page(Routes.ABOUT, render(site, "site/about.jte",
                    AboutPage.of(settings, BodyLinks.rewrite(aboutHtml, links))));
        }
        files.put("404.html", render(site, "errors/error.jte", ErrorPage.notFound(NOT_FOUND)));
        files.page(Routes.FEED, AtomFeed.write(site, siteLinks(blog.newestInFull(AtomFeed.ENTRIES), links)));
        files.page(Routes.SITEMAP, Sitemap.write(site, Sitemap.pages(blog.tagPaths()), blog.addresses()));
        files.page(Routes.ROBOTS, Robots.text(site, List.of()));
        // GitHub Pages would run the files through Jekyll, which drops folders and files starting with '_'.
        files.put(".nojekyll", new byte[0]);
        Cname.of(address).ifPresent(cname -> files.put("CNAME", cname));
        // Last: only now are all the assets the pages link known.
        for (String asset : links.linkedAssets()) {
            files.put("assets/" + templates.assets().fileName(asset), templates.assets().bytes(asset));
        }
        files.page(Routes.FAVICON, templates.assets().bytes("img/favicon.ico"));
        return SiteFiles.of(files.all);
    }

    /**
     * The stored images the public pages show (and their smaller copies), at {@code media/…} under the base path
     * as BodyLinks links them; an image deleted since a post was saved is simply missing, as it is live.
     */
    private void putImages(Files files, SortedSet<String> images) {
        if (media == null) {
            return;
        }
        for (String image : images) {
            media.bytes(image).ifPresent(bytes -> files.page(Routes.MEDIA + "/" + image, bytes));
        }
    }

    private byte[] render(Site site, String template, PageModel page) {
        return templates.render(site, template, page);
    }

    /** A feed's posts with their own links made the site's, like the pages'. */
    private static List<PublishedPost> siteLinks(List<PublishedPost> posts, StaticLinks links) {
        return posts.stream().map(post -> new PublishedPost(post.id(), post.title(),
                post.path(), post.author(), post.excerpt(), BodyLinks.rewrite(post.html(), links), post.published(),
                post.updated())).toList();
    }

    /** The files so far; two pages written to one file would be a bug, never a silent overwrite. */
    private static final class Files {
        private final Map<String, byte[]> all = new HashMap<>();
        private final StaticLinks links;

        Files(StaticLinks links) {
            this.links = links;
        }

        void page(String sitePath, byte[] bytes) {
            put(links.fileOf(sitePath), bytes);
        }

        void put(String file, byte[] bytes) {
            if (all.putIfAbsent(file, bytes) != null) {
                throw new IllegalStateException("Two pages of the static site would be written to " + file);
            }
        }
    }
}
