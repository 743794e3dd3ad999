package inkwell.publish;

import static inkwell.publish.XmlDocument.text;

import inkwell.posts.PublishedPost;
import inkwell.posts.Tag;
import inkwell.web.http.Routes;
import inkwell.web.view.Site;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The blog as an Atom 1.0 feed: the newest posts in full (their sanitized HTML), absolute links, and entry ids
 * that survive renames and moves ({@code tag:} URIs made of the post's number and the day it was written), so a
 * feed reader never shows a renamed post twice. Written with the JDK's XML writer, which escapes everything.
 */
final class AtomFeed {
    static final int ENTRIES = 20;
    /** A feed with no posts yet still needs an update time; a fixed one keeps the output deterministic. */
    private static final Instant NOTHING_YET = Instant.parse("2000-01-01T00:00:00Z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private AtomFeed() {
    }

    static byte[] write(Site site, List<PublishedPost> posts) {
        return write(site, site.title(), Routes.FEED, Routes.HOME, posts);
    }

    /** A tag's feed: its own title, its own address, and the tag's page as the page it follows. */
    static byte[] write(Site site, Tag tag, List<PublishedPost> posts) {
        return write(site, site.title() + ": " + tag.name(), tag.feedPath(), tag.path(), posts);
    }

    private static byte[] write(Site site, String title, String self, String page, List<PublishedPost> posts) {
        return XmlDocument.write("feed", "http://www.w3.org/2005/Atom", xml -> {
            text(xml, "id", site.absolute(page));
            text(xml, "title", title);
            text(xml, "updated", posts.stream().map(PublishedPost::updated).max(Instant::compareTo)
                    .orElse(NOTHING_YET).toString());
            link(xml, "self", site.absolute(self), "application/atom+xml");
            link(xml, "alternate", site.absolute(page), "text/html");
            text(xml, "generator", "Inkwell");
            for (PublishedPost post : posts) {
                entry(xml, site, post);
            }
        });
    }

    private static void entry(XMLStreamWriter xml, Site site, PublishedPost post) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", "tag:inkwell," + DAY.format(post.published()) + ":posts/" + post.id());
        text(xml, "title", post.title());
        text(xml, "published", post.published().toString());
        text(xml, "updated", post.updated().toString());
        link(xml, "alternate", site.absolute(post.path()), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", post.author());
        xml.writeEndElement();
        text(xml, "summary", post.excerpt());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeAttribute("xml:base", site.absolute(post.path()));
        xml.writeCharacters(XmlText.of(post.html()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
