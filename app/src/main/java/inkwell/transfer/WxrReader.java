package inkwell.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR, an RSS file with WordPress's {@code wp:} elements) into its authors and items with
 * the JDK's StAX, hardened against hostile XML: no DTD (so no entity of its own: no billion laughs, no external
 * entity reading a local file), at most {@value #MAX_BYTES} bytes (a larger file refused from its size before any
 * reading, and bytes counted as read), at most {@value #MAX_DEPTH} nested elements and
 * {@value #MAX_TEXT} characters in one element. Comments ({@code wp:comment}) are passed over.
 */
final class WxrReader {
    static final long MAX_BYTES = 100L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_TEXT = 16 * 1024 * 1024;

    /** What an export holds: its WXR version, its authors' display names by login, its items. */
    record Export(String version, Map<String, String> authors, List<WxrItem> items) {
    }

    private WxrReader() {
    }

    /** Whether the file holds XML (its first character that is not white space or a byte-order mark is {@code <}). */
    static boolean isXml(Path file) throws IOException {
        return Imports.firstCharacter(file) == '<';
    }

    static Export read(Path file) throws ImportRefused, IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = new LimitedStream(Files.newInputStream(file), MAX_BYTES)) {
            return read(in);
        } catch (LimitedStream.TooLarge e) {
            throw tooLarge();
        }
    }

    private static ImportRefused tooLarge() {
        return new ImportRefused(String.format("The WordPress export is larger than %,d MiB, the most Inkwell reads.",
                MAX_BYTES >> 20));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static Export read(InputStream in) throws ImportRefused, IOException {
        XMLStreamReader xml;
        try {
            xml = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
        try {
            return new Walk(xml).export();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof LimitedStream.TooLarge) {
                throw tooLarge();
            }
            throw unreadable(e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a reader that failed: nothing more to say
            }
        }
    }

    private static ImportRefused unreadable(XMLStreamException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("(?s)^ParseError at \\[row,col\\]:(\\[\\d+,\\d+\\])"
                + "\\s*Message:\\s*", "line and column $1: ");
        return new ImportRefused("This XML file cannot be read (" + message.strip() + ").");
    }

    /** One pass over the document, keeping the path of open elements and the text of the innermost. */
    private static final class Walk {
        private final XMLStreamReader xml;
        private final List<String> open = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, String> authors = new HashMap<>();
        private final List<WxrItem> items = new ArrayList<>();
        private final Map<String, String> author = new HashMap<>();
        private WxrItem item;
        private String category;
        private String version;

        Walk(XMLStreamReader xml) {
            this.xml = xml;
        }

        Export export() throws XMLStreamException, ImportRefused {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> chars();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportRefused("This XML file uses an "
                            + "entity (&" + xml.getLocalName() + ";) it does not define; Inkwell reads no DTD.");
                    default -> {
                        // comments, processing instructions, the DTD (not read): nothing to keep
                    }
                }
            }
            if (version == null) {
                throw new ImportRefused("This XML file is not a WordPress export (it has no wp:wxr_version in an "
                        + "RSS channel). Export from WordPress with Tools > Export.");
            }
            return new Export(version, authors, items);
        }

        private void start() throws ImportRefused {
            if (open.isEmpty() && !xml.getLocalName().equals("rss")) {
                throw new ImportRefused("This XML file is not a WordPress export (its root is <" + xml.getLocalName()
                        + ">, not <rss>). Export from WordPress with Tools > Export.");
            }
            String name = name();
            open.add(name);
            if (open.size() > MAX_DEPTH) {
                throw new ImportRefused("This XML file nests elements more than " + MAX_DEPTH + " deep; a "
                        + "WordPress export nests five.");
            }
            text.setLength(0);
            if (name.equals("item") && open.size() == 3) {
                item = new WxrItem();
            } else if (name.equals("category") && item != null && open.size() == 4) {
                category = xml.getAttributeValue(null, "domain");
            }
        }

        private void chars() throws ImportRefused {
            if (text.length() + xml.getTextLength() > MAX_TEXT) {
                throw new ImportRefused(String.format("This XML file has an element of more than %,d characters.",
                        MAX_TEXT));
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }

        private void end() {
            String name = open.remove(open.size() - 1);
            String parent = open.isEmpty() ? "" : open.get(open.size() - 1);
            String value = text.toString();
            text.setLength(0);
            if (name.equals("wp:wxr_version") && parent.equals("channel")) {
                version = value.strip();
            } else if (parent.equals("wp:author")) {
                author.put(name, value.strip());
            } else if (name.equals("wp:author")) {
                authors.put(author.getOrDefault("wp:author_login", ""), author.getOrDefault("wp:author_display_name",
                        ""));
                author.clear();
            } else if (name.equals("item") && item != null) {
                items.add(item);
                item = null;
            } else if (item != null && parent.equals("item")) {
                if (name.equals("category")) {
                    if ("category".equals(category) || "post_tag".equals(category)) {
                        item.tags.add(value.strip());
                    }
                } else {
                    item.fields.put(name, value);
                }
            }
        }

        /** The element's name as WordPress writes it ({@code wp:post_type}, {@code content:encoded}). */
        private String name() {
            String prefix = xml.getPrefix();
            return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
        }
    }
}
