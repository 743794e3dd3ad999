package inkwell.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept as they are, not compressed. Every results page reads ten
 * posts' texts for their snippets: with LZ4, each read decompressed a block of several posts, 37 % of a search's
 * CPU under the launcher's C1-only JIT (measured with JFR over 5,000 searches of 10,000 posts); uncompressed, a
 * read is a seek and a copy of that post's bytes. The index is larger by what LZ4 saved on the texts.
 * Found by its name through {@code META-INF/services/org.apache.lucene.codecs.Codec}, as Lucene requires to read
 * a segment back.
 */
public final class IndexCodec extends FilterCodec {
    static final String NAME = "InkwellSearch1";
    /** Small chunks: a chunk's header (each post's length) is decoded at every read of a post in it. */
    private static final int CHUNK_BYTES = 16 * 1024;
    private static final int CHUNK_DOCS = 128;
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat("InkwellStoredFields",
            new AsTheyAre(), CHUNK_BYTES, CHUNK_DOCS, BLOCK_SHIFT);

    /** For Lucene's service loader, which makes the codec a segment names. */
    public IndexCodec() {
        // Named, not Codec.getDefault(): the service loader forbids that lookup while it makes the codecs.
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** No compression: the bytes written as they come, read back from where the wanted part starts. */
    private static final class AsTheyAre extends CompressionMode {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.skipBytes(offset);
                    in.readBytes(bytes.bytes, 0, length);
                    bytes.offset = 0;
                    bytes.length = length;
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "AsTheyAre";
        }
    }
}
