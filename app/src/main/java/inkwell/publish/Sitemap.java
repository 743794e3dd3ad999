package inkwell.publish;

import inkwell.posts.PostAddress;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
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
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : pages) {
                url(xml, baseUrl + page.substring(1), null);
            }
            for (PostAddress post : posts) {
                url(xml, baseUrl + post.path().substring(1), post.updated().toString());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
