package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uncompressed stored fields give back every text as written, read by Lucene's own reader: short texts that
 * share a chunk, texts spread over many chunks, in order and out of order, before and after a merge.
 */
class IndexCodecTest {
    @TempDir
    Path folder;

    @Test
    void everyStoredTextReadsBackWholeBeforeAndAfterAMerge() throws Exception {
        Random random = new Random(14);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int length = i % 50 == 7 ? 40_000 + random.nextInt(60_000) : random.nextInt(6_000);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(9) == 0 ? " é😀 " : "");
            }
            texts.add(text.toString());
        }
        try (Directory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig(new StandardAnalyzer()).setCodec(new IndexCodec()))) {
            for (int i = 0; i < texts.size(); i++) {
                Document document = new Document();
                document.add(new StringField(Fields.ID, Integer.toString(i), Field.Store.YES));
                document.add(new StoredField(Fields.TEXT, texts.get(i)));
                writer.addDocument(document);
                if (i % 100 == 99) {
                    writer.commit(); // three segments
                }
            }
            writer.commit();
            assertTextsReadBack(directory, texts);
            writer.forceMerge(1);
            writer.commit();
            assertTextsReadBack(directory, texts);
        }
    }

    private static void assertTextsReadBack(Directory directory, List<String> texts) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(IndexCodec.NAME, ((SegmentReader) reader.leaves().get(0).reader())
                    .getSegmentInfo().info.getCodec().getName());
            StoredFields stored = reader.storedFields();
            for (int doc = reader.maxDoc() - 1; doc >= 0; doc -= 3) { // backwards, skipping: no sequential help
                Document read = stored.document(doc);
                assertEquals(texts.get(Integer.parseInt(read.get(Fields.ID))), read.get(Fields.TEXT), "post " + doc);
            }
        }
    }
}
