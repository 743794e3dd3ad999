package inkwell.publish;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML document with one root element in a default namespace, written by the JDK's escaping writer. */
final class XmlDocument {
    /** Writes what goes inside the root element. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    static byte[] write(String root, String namespace, Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The " + root + " document could not be written", e);
        }
    }

    /** {@code <name>value</name>}, the value stripped of what XML cannot carry. */
    static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }
}
