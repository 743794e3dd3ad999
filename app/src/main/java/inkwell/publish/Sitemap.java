package inkwell.publish;

import inkwell.posts.PostAddress;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap protocol's list of the blog's pages for search engines: home, the list of all posts, and each post
 * once, at its canonical address, with its last change. One file holds at most 50,000 addresses (the protocol's
 * limit); a blog past that lists its newest 50,000, which is where crawlers look first.
 */
final class Sitemap {
    static final int MAX_URLS = 50_000;

    private Sitemap() {
    }

    static byte[] write(String baseUrl, List<String> pages, List<PostAddress> posts) {
        return XmlDocument.write("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9", xml -> {
            for (String page : pages) {
                url(xml, baseUrl + page.substring(1), null);
            }
            for (PostAddress post : posts) {
                url(xml, baseUrl + post.path().substring(1), post.updated().toString());
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
