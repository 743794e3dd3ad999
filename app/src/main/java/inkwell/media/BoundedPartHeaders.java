package inkwell.media;

import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.server.BlockingHttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undertow's multipart parser keeps each part's headers in memory without a limit of its own: one 20 MiB header
 * (the body's limit) ran a 64 MiB Inkwell out of memory. This stream, handed to the parser in place of the
 * request's, watches the framing only (the boundary lines and the blank line after each part's headers; it parses
 * nothing else) and ends the upload as malformed when a part's headers pass 16 KiB.
 */
final class BoundedPartHeaders extends FilterInputStream {
    static final int MAX_PART_HEADER_BYTES = 16 * 1024;

    /** The delimiter with the line break before it; the body is read as if a line break came first. */
    private final byte[] delimiter;
    /** Knuth–Morris–Pratt fallback table over {@link #delimiter}, so each byte is looked at once. */
    private final int[] fallback;
    private int matched = 2; // as if "\r\n" had been read: the first delimiter starts the body
    private boolean inHeaders;
    private int headerBytes;
    private int lineBreaks; // consecutive "\r\n" seen while in the headers (two mean the headers end)
    private boolean sawReturn;

    BoundedPartHeaders(InputStream in, String boundary) {
        super(in);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.fallback = fallbackTable(delimiter);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            watch((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            watch(buffer[offset + i]);
        }
        return read;
    }

    private void watch(byte b) throws IOException {
        if (inHeaders) {
            if (++headerBytes > MAX_PART_HEADER_BYTES) {
                throw new IOException("A part's headers are longer than " + MAX_PART_HEADER_BYTES + " bytes");
            }
            if (b == '\r') {
                sawReturn = true;
                return;
            }
            lineBreaks = b == '\n' && sawReturn ? lineBreaks + 1 : 0;
            sawReturn = false;
            if (lineBreaks == 2) {
                inHeaders = false;
                matched = 0;
            }
            return;
        }
        while (matched > 0 && delimiter[matched] != b) {
            matched = fallback[matched - 1];
        }
        if (delimiter[matched] == b) {
            matched++;
        }
        if (matched == delimiter.length) {
            // The boundary line's own end counts as the first line break of the headers that follow.
            inHeaders = true;
            headerBytes = 0;
            lineBreaks = 0;
            sawReturn = false;
            matched = 0;
        }
    }

    private static int[] fallbackTable(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** The exchange's blocking streams, with this one in place of the request's. */
    static BlockingHttpExchange around(BlockingHttpExchange original, String boundary) {
        InputStream bounded = new BoundedPartHeaders(original.getInputStream(), boundary);
        return new BlockingHttpExchange() {
            @Override
            public InputStream getInputStream() {
                return bounded;
            }

            @Override
            public OutputStream getOutputStream() {
                return original.getOutputStream();
            }

            @Override
            public Sender getSender() {
                return original.getSender();
            }

            @Override
            public Receiver getReceiver() {
                return original.getReceiver();
            }

            @Override
            public void close() throws IOException {
                original.close();
            }
        };
    }
}
