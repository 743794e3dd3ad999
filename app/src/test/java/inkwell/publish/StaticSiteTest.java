package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.posts.Post;
import inkwell.posts.ScratchPosts;
import inkwell.site.PublicAddress;
import inkwell.site.SiteSettings;
import inkwell.web.assets.AssetUrls;
import inkwell.web.view.Templates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static site of a real blog (a real Derby, posts with images and links in their Markdown, a renamed post,
 * non-ASCII and quoted titles, more posts than one list page, a tag with more posts than a page and a non-ASCII
 * tag) under the sub-path of its public address: served by a real static file server and crawled with 0 broken
 * links, holding nothing but what readers may see, and the same bytes for the same blog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSiteTest {
    /** The About page as the settings keep it: sanitized HTML with a link into the blog. */
    private static final String ABOUT = "<p>About me: see <a href=\"/posts\">all posts</a>.</p>";
    private static final String PUBLIC = "https://example.org/blog/";
    private static final int PER_PAGE = 4;
    private static final Pattern FINGERPRINTED = Pattern.compile("assets/(css|js|img|vendor)/.+\\.[0-9a-f]{10}\\.[a-z]+");

    private Path temp;
    private ScratchPosts blog;
    private StaticSite renderer;
    private SiteSettings settings;
    private final List<Post> posts = new ArrayList<>();
    private Post renamed;
    private String oldSlug;

    @BeforeAll
    void writeABlog(@TempDir Path temp) throws Exception {
        this.temp = temp;
        blog = ScratchPosts.open(temp.resolve("data"), Instant.parse("2026-03-01T09:00:00Z"));
        renderer = new StaticSite(blog.posts, new Templates(new inkwell.site.CurrentSite(SiteSettings.titled("unused live title")),
                new AssetUrls(getClass().getClassLoader())));
        settings = new SiteSettings("Zoë's \"notes\" <on code>", "", "Zoë", PublicAddress.parse(PUBLIC), "en",
                PER_PAGE, "");
        Post cafe = blog.create("Zoë's café: \"quotes\" & <tags>", "Zoë", "A post about *coffee*.");
        posts.add(cafe);
        posts.add(blog.create("ブログの話", "Ada", "日本語の本文。\n\n```java\nclass A {}\n```", "日本語, Code"));
        Post toRename = blog.create("A title that will change", "Ada", "Soon renamed.");
        posts.add(toRename);
        posts.add(blog.create("Pictures and links", "Ada", "![Inkwell logo](/assets/img/logo.svg)\n\n"
                + "See [the café post](/posts/" + cafe.id() + "/" + cafe.slug() + "), [by number](/posts/"
                + cafe.id() + "), [all posts](/posts), [a section](#a-section), [elsewhere](https://example.com/)"
                + " and [the feed](/feed.xml).\n\n## A section\n\nThe end."));
        for (int i = 5; i <= 13; i++) {
            // Tagged but the newest: the tag has more posts than a page holds.
            posts.add(i < 13 ? blog.create("Post number " + i, "Ada", "Body " + i + " with `code`.", "Code")
                    : blog.create("Post number " + i, "Ada", "Body " + i + " with `code`."));
        }
        oldSlug = toRename.slug();
        renamed = blog.update(toRename.id(), "A title that changed", "Ada", "Renamed.");
    }

    @AfterAll
    void close() {
        if (blog != null) {
            blog.close();
        }
    }

    private SiteFiles render() throws NoPublicAddress {
        return renderer.render(settings, ABOUT);
    }

    @Test
    void servedUnderASubPathEveryLinkImageAndAssetAnswers() throws Exception {
        SiteFiles site = render();
        Path root = temp.resolve("root");
        for (String path : site.paths()) {
            Path file = root.resolve("blog").resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, site.bytes(path));
        }
        try (StaticFileServer server = StaticFileServer.serve(root)) {
            URI base = server.root.resolve("/blog/");
            LinkCrawler crawler = new LinkCrawler(base, PUBLIC).crawl(base).crawl(base.resolve("robots.txt"));
            assertEquals(List.of(), crawler.broken, "broken links");
            Set<String> reached = new TreeSet<>();
            crawler.fetched.keySet().forEach(uri -> reached.add(fileOf(base, uri)));
            for (String path : site.paths()) {
                boolean page = path.endsWith("index.html") && !isRedirect(site, path);
                if (page || FINGERPRINTED.matcher(path).matches() || path.endsWith(".xml")) {
                    assertTrue(reached.contains(path), "reached from the home page by links: " + path);
                }
            }
            // Pages no link leads to any more: old addresses and the error page, with what they link.
            LinkCrawler rest = new LinkCrawler(base, PUBLIC);
            for (String path : site.paths()) {
                rest.crawl(base.resolve(inkwell.web.http.Paths.encode(path.replace("index.html", ""))));
            }
            assertEquals(List.of(), rest.broken, "broken links from pages nothing links to");
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            String withoutSlash = base.resolve("posts/" + renamed.id() + "/" + renamed.slug()).toString();
            assertEquals(200, following.send(HttpRequest.newBuilder(URI.create(withoutSlash)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "a page asked for without its slash");
        }
        assertTrue(site.contains("404.html") && site.contains(".nojekyll") && site.contains("robots.txt"));
        assertFalse(site.contains("CNAME"), "a sub-path is no domain of its own");
    }

    private static boolean isRedirect(SiteFiles site, String path) {
        return new String(site.bytes(path), StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"");
    }

    private static String fileOf(URI base, URI fetched) {
        String path = URI.create(base.relativize(fetched).toString()).getPath();
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    @Test
    void theSiteHoldsNothingButWhatReadersMaySee() throws Exception {
        SiteFiles site = render();
        List<String> forbidden = List.of("127.0.0.1", "localhost", "_csrf", "<form", "/edit", "/delete", "/stop",
                "Stop Inkwell", ">Edit<", ">Delete<", ">Write<", "Write a post", "class=\"views\"", "views<", " ago<", "just now",
                "yesterday", "Most read", "<dialog", "kept on this computer", "/signin", "/account", "inkwell_owner",
                "Sign in");
        for (String path : site.paths()) {
            if (path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".txt")) {
                String text = new String(site.bytes(path), StandardCharsets.UTF_8);
                for (String word : forbidden) {
                    assertFalse(text.contains(word), path + " holds " + word);
                }
            }
        }
        String post = new String(site.bytes("posts/" + posts.get(0).id() + "/" + posts.get(0).slug()
                + "/index.html"), StandardCharsets.UTF_8);
        assertTrue(post.contains("<link rel=\"canonical\" href=\"" + PUBLIC + "posts/" + posts.get(0).id() + "/"
                + posts.get(0).slug() + "/\">"), post);
        assertTrue(post.contains("<title>Zoë") && post.contains("&lt;tags&gt;") && !post.contains("<tags>"), post);
        assertTrue(post.contains(">March 1, 2026</time>"), "an absolute date: " + post);
    }

    @Test
    void tagsHaveTheirPagesAndFeedsWithoutTheOwnersForms() throws Exception {
        SiteFiles site = render();
        for (String path : List.of("tags/index.html", "tags/code/index.html", "tags/code/page/2/index.html",
                "tags/code/page/3/index.html", "tags/code/feed.xml", "tags/日本語/index.html",
                "tags/日本語/feed.xml")) {
            assertTrue(site.contains(path), path + " in " + site.paths());
        }
        assertFalse(site.contains("tags/code/page/4/index.html"), "9 posts, 4 a page");
        String index = new String(site.bytes("tags/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("href=\"/blog/tags/code/\"") && index.contains(">9 posts<"), index);
        assertFalse(index.contains("Rename"), "no rename form for readers");
        String second = new String(site.bytes("tags/code/page/2/index.html"), StandardCharsets.UTF_8);
        assertTrue(second.contains("<a rel=\"prev\" href=\"/blog/tags/code/\">"), second);
        assertTrue(second.contains("href=\"" + PUBLIC + "tags/code/feed.xml\""), "the tag's feed linked: " + second);
        String feed = new String(site.bytes("tags/code/feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + PUBLIC
                + "tags/code/feed.xml\"/>"), feed);
    }

    @Test
    void oldAddressesLeadToTheCurrentOne() throws Exception {
        SiteFiles site = render();
        String target = "/blog/posts/" + renamed.id() + "/" + renamed.slug() + "/";
        for (String old : List.of("posts/" + renamed.id() + "/" + oldSlug + "/index.html",
                "posts/" + renamed.id() + "/index.html")) {
            String page = new String(site.bytes(old), StandardCharsets.UTF_8);
            assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">"), page);
            assertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org" + target + "\">"), page);
            assertTrue(page.contains("<a href=\"" + target + "\">"), page);
        }
        String japanese = "posts/" + posts.get(1).id() + "/ブログの話/index.html";
        assertTrue(site.contains(japanese), "files are named by the slug itself: " + site.paths());
    }

    @Test
    void theSameBlogGivesTheSameBytesAndAnEditChangesOnlyThePagesShowingIt() throws Exception {
        SiteFiles before = render();
        assertTrue(before.sameAs(render()), "rendered twice, the same bytes");
        Post newest = posts.get(posts.size() - 1);
        blog.update(newest.id(), newest.title(), "Ada", "A new body for the newest post.");
        SiteFiles afterNewest = render();
        assertEquals(Set.of("posts/" + newest.id() + "/" + newest.slug() + "/index.html", "index.html",
                "posts/index.html", "feed.xml", "sitemap.xml"), changed(before, afterNewest));
        // The café post is the oldest: on the last list page only, not on home.
        Post oldest = posts.get(0);
        blog.update(oldest.id(), oldest.title(), "Zoë", "A new body about tea.");
        SiteFiles afterOldest = render();
        assertEquals(Set.of("posts/" + oldest.id() + "/" + oldest.slug() + "/index.html",
                "posts/page/4/index.html", "feed.xml", "sitemap.xml"), changed(afterNewest, afterOldest));
    }

    private static Set<String> changed(SiteFiles before, SiteFiles after) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new TreeSet<>(before.paths());
        all.addAll(after.paths());
        for (String path : all) {
            if (!before.contains(path) || !after.contains(path)
                    || !java.util.Arrays.equals(before.bytes(path), after.bytes(path))) {
                changed.add(path);
            }
        }
        return changed;
    }

    @Test
    void atADomainsRootLinksStartAtTheRootAndTheDomainGetsItsCname() throws Exception {
        SiteSettings atRoot = new SiteSettings("Notes", "", "Ada", PublicAddress.parse("https://notes.example.org"),
                "en", PER_PAGE, "");
        SiteFiles site = renderer.render(atRoot, "");
        assertEquals("notes.example.org\n", new String(site.bytes("CNAME"), StandardCharsets.US_ASCII));
        String home = new String(site.bytes("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("<a href=\"/posts/\">All posts</a>"), home);
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://notes.example.org/\">"), home);
        assertTrue(Pattern.compile("<link rel=\"stylesheet\" href=\"/assets/css/site\\.[0-9a-f]{10}\\.css\">")
                .matcher(home).find(), home);
        String robots = new String(site.bytes("robots.txt"), StandardCharsets.UTF_8);
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://notes.example.org/sitemap.xml\n", robots);
    }

    @Test
    void anEmptyBlogIsAHomeAndAnEmptyList(@TempDir Path empty) throws Exception {
        try (ScratchPosts nothing = ScratchPosts.open(empty, Instant.parse("2026-03-01T09:00:00Z"))) {
            SiteFiles site = new StaticSite(nothing.posts, new Templates(new inkwell.site.CurrentSite(
                    SiteSettings.titled("unused")), new AssetUrls(getClass().getClassLoader()))).render(settings, "");
            assertEquals(List.of(".nojekyll", "404.html", "favicon.ico", "feed.xml", "index.html", "posts/index.html",
                    "robots.txt", "sitemap.xml", "tags/index.html"), site.paths().stream()
                    .filter(path -> !path.startsWith("assets/")).toList());
            String home = new String(site.bytes("index.html"), StandardCharsets.UTF_8);
            assertTrue(home.contains("<h1>Nothing published yet</h1>") && !home.contains("Write"), home);
        }
    }

    @Test
    void withoutAPublicAddressThereIsNothingToPublish() {
        SiteSettings none = new SiteSettings("Notes", "", "Ada", Optional.empty(), "en", 10, "");
        NoPublicAddress refused = assertThrows(NoPublicAddress.class, () -> renderer.render(none, ""));
        assertTrue(refused.getMessage().startsWith("Publishing needs the blog's public address"),
                refused.getMessage());
    }
}
