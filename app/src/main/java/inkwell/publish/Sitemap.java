package inkwell.publish;

import inkwell.posts.PostAddress;
import inkwell.web.http.Routes;
import inkwell.web.view.Site;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap protocol's list of the blog's pages for search engines: home, the list of all posts, the tags page
 * and each tag's first page, and each post once, at its canonical address, with its last change. One file holds at most 50,000 addresses (the protocol's
 * limit); a blog past that lists its newest 50,000, which is where crawlers look first.
 */
final class Sitemap {
    static final int MAX_URLS = 50_000;
    /** The pages listed before the posts: home, the list of all posts and the tags page. */
    static final List<String> PAGES = List.of(Routes.HOME, Routes.POSTS, Routes.TAGS);

    /** The fixed pages, then each tag's first page. */
    static List<String> pages(List<String> tagPaths) {
        List<String> pages = new java.util.ArrayList<>(PAGES);
        pages.addAll(tagPaths);
        return pages;
    }

    private Sitemap() {
    }

    static byte[] write(Site site, List<String> pages, List<PostAddress> posts) {
        return XmlDocument.write("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9", xml -> {
            for (String page : pages) {
                url(xml, site.absolute(page), null);
            }
            for (PostAddress post : posts) {
                url(xml, site.absolute(post.path()), post.updated().toString());
            }
        });
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        XmlDocument.text(xml, "loc", location);
        if (lastModified != null) {
            XmlDocument.text(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }
}
