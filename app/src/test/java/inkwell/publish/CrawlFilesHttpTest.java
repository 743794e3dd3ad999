package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import inkwell.OneBlogPerClass;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The feed, the sitemap and robots.txt as their consumers read them: the feed through Rome (a real feed library),
 * the sitemap through the JDK's XML parser. Absolute addresses, the newest posts in full, ids that survive a
 * rename, every post in the sitemap exactly once.
 */
class CrawlFilesHttpTest extends OneBlogPerClass {
    private final List<String> posts = new ArrayList<>();
    private String renamed;
    private String renamedIdBefore;

    @BeforeAll
    void twentyTwoPosts() throws Exception {
        for (int i = 1; i <= 22; i++) {
            posts.add(blog.createPost("Post " + i + " <b>not bold</b> & \"quoted\" \uFFFF", "Ada " + i,
                    "Body of post " + i + ", with `code` and <script>alert(1)</script>."));
        }
        renamedIdBefore = entry(feed(), "Post 22").getUri();
        String edit = posts.get(21).replaceAll("^(/posts/\\d+)/.*", "$1/edit");
        assertEquals(303, blog.postForm(edit, Map.of("title", "Post 22, renamed", "name", "Ada 22",
                "content", "Renamed.")).statusCode());
        renamed = blog.get(posts.get(21)).headers().firstValue("Location").orElseThrow();
    }

    private SyndFeed feed() throws Exception {
        HttpResponse<String> response = blog.get("/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static SyndEntry entry(SyndFeed feed, String titleStart) {
        return feed.getEntries().stream().filter(entry -> entry.getTitle().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + titleStart));
    }

    @Test
    void theFeedHoldsTheTwentyNewestInFullWithAbsoluteLinks() throws Exception {
        SyndFeed feed = feed();
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Inkwell", feed.getTitle());
        assertEquals(20, feed.getEntries().size());
        assertTrue(feed.getEntries().get(0).getTitle().startsWith("Post 22, renamed"), "newest first");
        assertTrue(feed.getEntries().stream().noneMatch(entry -> entry.getTitle().startsWith("Post 2 ")),
                "the two oldest are left out");
        SyndEntry first = entry(feed, "Post 21");
        assertEquals("Post 21 <b>not bold</b> & \"quoted\" ", first.getTitle(), "text, not markup; XML-safe");
        assertEquals("Ada 21", first.getAuthor());
        assertEquals(blog.uri(posts.get(20)).toString(), first.getLink());
        String html = first.getContents().get(0).getValue();
        assertTrue(html.contains("<code>code</code>"), html);
        assertFalse(html.contains("<script"), "only sanitized HTML: " + html);
        assertTrue(first.getPublishedDate() != null && first.getUpdatedDate() != null);
    }

    @Test
    void anEntryKeepsItsIdWhenItsPostIsRenamed() throws Exception {
        SyndEntry entry = entry(feed(), "Post 22, renamed");
        assertEquals(renamedIdBefore, entry.getUri());
        assertTrue(entry.getUri().startsWith("tag:inkwell,"), entry.getUri());
        assertEquals(blog.uri(renamed).toString(), entry.getLink(), "the link follows the new slug");
    }

    @Test
    void theSitemapListsEveryPostOnceAtItsCanonicalAddress() throws Exception {
        HttpResponse<String> response = blog.get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())));
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        NodeList locations = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        List<String> expected = new ArrayList<>(List.of(blog.uri("/").toString(), blog.uri("/posts").toString()));
        for (int i = posts.size() - 1; i >= 0; i--) {
            expected.add(blog.uri(i == 21 ? renamed : posts.get(i)).toString());
        }
        assertEquals(expected.stream().filter(url -> url.contains("/posts/")).sorted().toList(),
                listed.stream().filter(url -> url.contains("/posts/")).sorted().toList());
        assertEquals(listed.size(), listed.stream().distinct().count(), "each address once");
        assertTrue(listed.containsAll(List.of(blog.uri("/").toString(), blog.uri("/posts").toString())));
    }

    @Test
    void robotsPointsAtTheSitemapAndEveryPageAtTheFeed() throws Exception {
        String robots = blog.get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + blog.uri("/sitemap.xml")), robots);
        assertTrue(robots.contains("Disallow: /new"), robots);
        for (String page : List.of("/", "/posts", posts.get(3))) {
            assertTrue(blog.get(page).body().contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\""
                    + "Inkwell\" href=\"" + blog.uri("/feed.xml") + "\">"), page);
        }
    }
}
