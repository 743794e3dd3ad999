package inkwell.web.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A kept page in gzip, compressed once: each fixed part of the page is deflated when the page is kept, ending on
 * a byte boundary (a sync flush), so the parts can be sent one after the other with each request's holes (a view
 * count, the visitor's token) between them as stored, uncompressed deflate blocks. Only the CRC is computed per
 * request, over the page as it is sent. Compressing the whole page for every request cost most of the throughput.
 */
final class GzipSplice {
    /** RFC 1952 header: deflate, no name, no time, unknown OS. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty stored block with the final bit: the end of the deflate stream. */
    private static final byte[] LAST_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};
    private static final int MAX_STORED = 65_535;

    private GzipSplice() {
    }

    /** One fixed part, deflated once, ending on a byte boundary and without the final bit. */
    static ByteBuffer deflate(ByteBuffer part) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            ByteBuffer input = part.duplicate();
            deflater.setInput(input);
            ByteBuffer output = ByteBuffer.allocate(input.remaining() + input.remaining() / 100 + 64);
            while (true) {
                deflater.deflate(output, Deflater.SYNC_FLUSH);
                if (output.hasRemaining()) {
                    break;
                }
                output = ByteBuffer.allocate(output.capacity() * 2).put(output.flip());
            }
            output.flip();
            return ByteBuffer.allocateDirect(output.remaining()).put(output).flip().asReadOnlyBuffer();
        } finally {
            deflater.end();
        }
    }

    /** The whole gzip answer: header, deflated parts with the holes stored between them, last block, trailer. */
    static ByteBuffer[] response(ByteBuffer[] parts, ByteBuffer[] deflated, byte[][] holes) {
        ByteBuffer[] response = new ByteBuffer[2 + deflated.length + holes.length];
        CRC32 crc = new CRC32();
        long size = 0;
        int at = 0;
        response[at++] = ByteBuffer.wrap(HEADER);
        for (int i = 0; i < deflated.length; i++) {
            response[at++] = deflated[i].duplicate();
            crc.update(parts[i].duplicate());
            size += parts[i].remaining();
            if (i < holes.length) {
                response[at++] = stored(holes[i]);
                crc.update(holes[i]);
                size += holes[i].length;
            }
        }
        ByteBuffer end = ByteBuffer.allocate(LAST_BLOCK.length + 8).put(LAST_BLOCK)
                .order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).putInt((int) size).flip();
        response[at] = end;
        return response;
    }

    /**
     * The whole gzip answer of a page without holes (a visitor's post, say), made once: one buffer, as a static
     * file would be sent, with nothing left to compute per request.
     */
    static ByteBuffer whole(ByteBuffer part, ByteBuffer deflated) {
        ByteBuffer[] pieces = response(new ByteBuffer[] {part}, new ByteBuffer[] {deflated}, new byte[0][]);
        int length = 0;
        for (ByteBuffer piece : pieces) {
            length += piece.remaining();
        }
        ByteBuffer whole = ByteBuffer.allocateDirect(length);
        for (ByteBuffer piece : pieces) {
            whole.put(piece);
        }
        return whole.flip().asReadOnlyBuffer();
    }

    /** Bytes as stored (uncompressed) deflate blocks: a hole is a few characters, not worth compressing. */
    private static ByteBuffer stored(byte[] bytes) {
        int blocks = Math.max(1, (bytes.length + MAX_STORED - 1) / MAX_STORED);
        ByteBuffer out = ByteBuffer.allocate(bytes.length + 5 * blocks).order(ByteOrder.LITTLE_ENDIAN);
        int from = 0;
        do {
            int length = Math.min(MAX_STORED, bytes.length - from);
            out.put((byte) 0).putShort((short) length).putShort((short) ~length).put(bytes, from, length);
            from += length;
        } while (from < bytes.length);
        return out.flip();
    }
}
