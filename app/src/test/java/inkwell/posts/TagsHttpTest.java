package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import inkwell.OneBlogPerClass;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tags on a real server and Derby: written with the post, shown on cards and the post's page as links, counted on
 * {@code /tags} (public posts only), a tag's paginated page and its Atom feed, renaming and merging from
 * {@code /tags}, and wrong input kept with its reason beside the field. Each test uses tags of its own.
 */
class TagsHttpTest extends OneBlogPerClass {

    private String save(String title, String status, String tags) throws Exception {
        HttpResponse<String> saved = blog.postForm("/posts", Map.of("title", title, "name", "Ada",
                "content", "Text of " + title + ".", "status", status, "tags", tags));
        assertEquals(303, saved.statusCode(), saved.body());
        return saved.headers().firstValue("Location").orElseThrow();
    }

    private static List<String> tagsOn(Element element) {
        return element.select(".tags a").eachText();
    }

    /** The count /tags shows beside a tag, or -1 when the tag is not listed. */
    private long countOn(String tagName) throws Exception {
        Document tags = Jsoup.parse(blog.get("/tags").body());
        return tags.select(".tag-index > li").stream()
                .filter(li -> li.selectFirst("a[rel=tag]").text().equals(tagName))
                .mapToLong(li -> Long.parseLong(li.selectFirst(".muted").text().replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }

    @Test
    void theSitemapListsTheTagsPageAndEachTagOfAPublicPost() throws Exception {
        assertEquals(303, blog.postForm("/posts", Map.of("title", "Mapped", "name", "Ada", "content", "Text.",
                "tags", "Cartography")).statusCode());
        assertEquals(303, blog.postForm("/posts", Map.of("title", "Unmapped", "name", "Ada", "content", "Text.",
                "tags", "Terra incognita", "status", "draft")).statusCode());
        String sitemap = blog.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>" + blog.uri("/tags") + "</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + blog.uri("/tags/cartography") + "</loc>"), sitemap);
        assertFalse(sitemap.contains("terra-incognita"), "a draft's tag is nowhere a reader looks");
    }

    @Test
    void tagsAreWrittenWithThePostAndShownOnItsPageCardsAndTheEditForm() throws Exception {
        String path = save("Caches that stampede", "published", " Caching,  Java , caching,, Café au lait");
        Document page = Jsoup.parse(blog.get(path).body());
        assertEquals(List.of("Caching", "Café au lait", "Java"), tagsOn(page.selectFirst(".post-header")),
                "by slug, the first spelling kept, blanks and repeats dropped");
        assertEquals("/tags/cafe-au-lait", page.select(".post-header .tags a").get(1).attr("href"));
        for (String list : List.of("/", "/posts")) {
            Element card = Jsoup.parse(blog.get(list).body()).select(".card").stream()
                    .filter(c -> c.text().contains("Caches that stampede")).findFirst().orElseThrow();
            assertEquals(List.of("Caching", "Café au lait", "Java"), tagsOn(card), list);
        }
        Document edit = Jsoup.parse(blog.get(path.replaceAll("^(/posts/\\d+)/.*", "$1/edit")).body());
        assertEquals("Caching, Café au lait, Java", edit.getElementById("tags").val());
        assertTrue(edit.select("#tag-suggestions option").eachAttr("value").contains("Caching"),
                "the form suggests tags in use");
        assertEquals(1, countOn("Caching"));

        // Saved again without one of them: gone from the post, and from /tags with its last post.
        HttpResponse<String> updated = blog.postForm(path.replaceAll("^(/posts/\\d+)/.*", "$1/edit"), Map.of(
                "title", "Caches that stampede", "name", "Ada", "content", "Less.", "status", "published",
                "tags", "caching, JAVA"));
        assertEquals(303, updated.statusCode(), updated.body());
        assertEquals(List.of("Caching", "Java"), tagsOn(Jsoup.parse(blog.get(path).body()).selectFirst(".post-header")),
                "a known tag keeps its first spelling");
        assertEquals(-1, countOn("Café au lait"));
        assertEquals(404, blog.get("/tags/cafe-au-lait").statusCode());

        // Deleted with its tags: the tag goes with its last post.
        assertEquals(303, blog.postForm(path.replaceAll("^(/posts/\\d+)/.*", "$1/delete"), Map.of()).statusCode());
        assertEquals(-1, countOn("Caching"));
        assertEquals(404, blog.get("/tags/caching").statusCode());
        assertFalse(Jsoup.parse(blog.get("/new").body()).select("#tag-suggestions option").eachAttr("value")
                .contains("Caching"), "no suggestion of a tag nothing carries");
    }

    @Test
    void aTagPageIsPaginatedNewestFirstAndAnUnknownTagIs404() throws Exception {
        for (int i = 1; i <= 12; i++) {
            save("Paged post " + i, "published", "Paging");
        }
        save("Untagged neighbour", "published", "");
        assertEquals(12, countOn("Paging"));
        HttpResponse<String> first = blog.get("/tags/paging");
        assertEquals(200, first.statusCode());
        Document one = Jsoup.parse(first.body());
        assertEquals("Tagged “Paging”", one.selectFirst("h1").text());
        assertEquals(10, one.select(".card").size(), "the site's posts-per-page setting");
        assertEquals("Paged post 12", one.selectFirst(".card-title").text(), "newest first");
        assertEquals("/tags/paging?page=2", one.selectFirst("a[rel=next]").attr("href"));
        assertTrue(one.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href").stream()
                .anyMatch(href -> href.endsWith("/tags/paging/feed.xml")), "the page links its tag's feed");
        Document two = Jsoup.parse(blog.get("/tags/paging?page=2").body());
        assertEquals(List.of("Paged post 2", "Paged post 1"), two.select(".card-title").eachText());
        assertFalse(two.text().contains("Untagged neighbour"));
        HttpResponse<String> past = blog.get("/tags/paging?page=9");
        assertEquals(302, past.statusCode());
        assertEquals("/tags/paging?page=2", past.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> unknown = blog.get("/tags/no-such-tag");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no tag at this address"), unknown.body());
        assertEquals(404, blog.get("/tags/no-such-tag/feed.xml").statusCode());
    }

    @Test
    void aDraftsAndAScheduledPostsTagsStayHidden() throws Exception {
        save("Secret roadmap", "draft", "Unannounced, Roadmap");
        save("Public roadmap", "published", "Roadmap");
        assertEquals(-1, countOn("Unannounced"));
        assertEquals(1, countOn("Roadmap"), "only the public post counts");
        assertEquals(404, blog.get("/tags/unannounced").statusCode());
        assertEquals(404, blog.get("/tags/unannounced/feed.xml").statusCode());
        assertFalse(blog.get("/tags/roadmap").body().contains("Secret roadmap"));
        assertFalse(blog.get("/tags/roadmap/feed.xml").body().contains("Secret roadmap"));
        assertFalse(blog.get("/tags").body().contains("Unannounced"));
    }

    @Test
    void aTagsFeedIsAtomWithItsPostsInFull() throws Exception {
        save("Feed one", "published", "Feeding");
        save("Feed two", "published", "Feeding, Other");
        save("Not in the feed", "published", "Other");
        HttpResponse<String> response = blog.get("/tags/feeding/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertTrue(feed.getTitle().endsWith(": Feeding"), feed.getTitle());
        assertEquals(List.of("Feed two", "Feed one"), feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertTrue(feed.getEntries().get(0).getContents().get(0).getValue().contains("Text of Feed two."));
        assertTrue(feed.getLinks().stream().anyMatch(link -> "self".equals(link.getRel())
                && link.getHref().equals(blog.uri("/tags/feeding/feed.xml").toString())), "its own address");
    }

    @Test
    void renamingATagAndMergingTwo() throws Exception {
        String a = save("Rename A", "published", "Kubernets");
        save("Rename B", "published", "Kubernets, Containers");
        save("Rename C", "published", "Containers");
        save("Rename D", "published", "Docker");

        HttpResponse<String> renamed = blog.postForm("/tags", Map.of("tag", "kubernets", "name", "Kubernetes"));
        assertEquals(303, renamed.statusCode(), renamed.body());
        assertEquals("/tags", renamed.headers().firstValue("Location").orElseThrow());
        assertEquals(2, countOn("Kubernetes"));
        assertEquals(404, blog.get("/tags/kubernets").statusCode());
        assertTrue(tagsOn(Jsoup.parse(blog.get(a).body()).selectFirst(".post-header")).contains("Kubernetes"));

        // Renamed to another tag's name: one tag with the posts of both, counted once per post.
        HttpResponse<String> merged = blog.postForm("/tags", Map.of("tag", "containers", "name", "kubernetes"));
        assertEquals(303, merged.statusCode(), merged.body());
        assertEquals(-1, countOn("Containers"));
        assertEquals(3, countOn("kubernetes"), "A, B (which had both) and C");
        assertEquals(List.of("Rename C", "Rename B", "Rename A"),
                Jsoup.parse(blog.get("/tags/kubernetes").body()).select(".card-title").eachText());
        assertEquals(1, countOn("Docker"), "other tags untouched");
    }

    @Test
    void wrongInputComesBackBesideTheFieldWithTheTextKept() throws Exception {
        Map<String, String> cases = Map.of(
                "a, " + "x".repeat(41), "Please keep each tag to 40 characters",
                "one, two, three, four, five, six, seven, eight, nine, ten, eleven", "at most 10 tags",
                "fine, ???", "A tag needs a letter or a digit");
        for (Map.Entry<String, String> wrong : cases.entrySet()) {
            HttpResponse<String> refused = blog.postForm("/posts", Map.of("title", "Kept", "name", "Ada",
                    "content", "Kept text.", "status", "published", "tags", wrong.getKey()));
            assertEquals(422, refused.statusCode(), wrong.getKey());
            Document form = Jsoup.parse(refused.body());
            assertTrue(form.getElementById("tags-error").text().contains(wrong.getValue()),
                    form.getElementById("tags-error").text());
            assertEquals(wrong.getKey(), form.getElementById("tags").val());
            assertEquals("Kept text.", form.getElementById("content").val());
            assertTrue(form.getElementById("tags").hasAttr("autofocus"));
        }
        save("Wrong rename", "published", "Misc");
        for (Map.Entry<String, String> wrong : Map.of("", "Please enter the tag's new name",
                "a, b", "cannot hold a comma", "!!!", "A tag needs a letter or a digit").entrySet()) {
            HttpResponse<String> refused = blog.postForm("/tags", Map.of("tag", "misc", "name", wrong.getKey()));
            assertEquals(422, refused.statusCode(), wrong.getKey());
            Document tags = Jsoup.parse(refused.body());
            assertTrue(tags.getElementById("rename-misc-error").text().contains(wrong.getValue()),
                    tags.getElementById("rename-misc-error").text());
            assertEquals(wrong.getKey(), tags.getElementById("rename-misc").val());
        }
        HttpResponse<String> forged = blog.postRaw("/tags", Map.of("tag", "misc", "name", "Forged"));
        assertEquals(403, forged.statusCode());
        assertEquals(1, countOn("Misc"), "nothing renamed without the token");
    }
}
