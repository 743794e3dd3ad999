package inkwell.search;

import inkwell.posts.PublishedPost;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A public post as the index holds it: its words (from the sanitized HTML) and what a result shows. */
final class PostDocuments {
    /**
     * The text keeps each word's offsets in the index, so snippets are cut from the stored text without
     * analysing it again (re-analysing ten long posts per results page cost most of a search's time).
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private PostDocuments() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Term idTerm(long id) {
        return new Term(Fields.ID, Long.toString(id));
    }

    static Document of(IndexedPost indexed) {
        PublishedPost post = indexed.post();
        Document document = new Document();
        document.add(new StringField(Fields.ID, Long.toString(post.id()), Field.Store.YES));
        document.add(new StoredField(Fields.PATH, post.path()));
        document.add(new StoredField(Fields.CREATED, post.published().toEpochMilli()));
        String text = plainText(post.html());
        both(document, Fields.TITLE, post.title(), Field.Store.YES);
        document.add(new TextField(Fields.AUTHOR, post.author(), Field.Store.YES));
        document.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
        // Searchable by name, prose and parts alike: "spring-boot" is found by "spring" and by "boot".
        for (String tag : indexed.tags()) {
            both(document, Fields.TAGS, tag, Field.Store.NO);
        }
        anyWord(document, post.title());
        indexed.tags().forEach(tag -> anyWord(document, tag));
        anyWord(document, post.author());
        anyWord(document, text);
        return document;
    }

    /** A value of the field every search's words must be in, as prose and as identifiers' parts. */
    private static void anyWord(Document document, String value) {
        document.add(new TextField(Fields.ANY, value, Field.Store.NO));
        document.add(new TextField(Fields.parts(Fields.ANY), value, Field.Store.NO));
    }

    private static void both(Document document, String field, String value, Field.Store store) {
        document.add(new TextField(field, value, store));
        document.add(new TextField(Fields.parts(field), value, Field.Store.NO));
    }

    /**
     * The words a reader sees, code included (identifiers are what developers search for); the "#" links
     * beside headings are not words. jsoup puts a space between blocks, so paragraphs never run together.
     */
    static String plainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(".heading-anchor").remove();
        return body.text();
    }
}
