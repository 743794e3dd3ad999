package inkwell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes exactly as given (a foreign Host, no Host, odd methods) to the blog on 127.0.0.1 and reads the
 * answer until the server closes or 5 s pass. java.net.http refuses to send such requests.
 */
public final class RawHttp {
    private RawHttp() {
    }

    public static Response send(URI server, String request) throws IOException {
        return send(server, request, 5000);
    }

    /** As {@link #send(URI, String)}, waiting at most {@code quietMillis} for each read. */
    public static Response send(URI server, String request, int quietMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(quietMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            boolean closed = false;
            try {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, read);
                }
                closed = true;
            } catch (SocketTimeoutException e) {
                // keep-alive: the server waits for another request; what arrived is the answer
            } catch (java.net.SocketException e) {
                closed = true; // reset by the server after its answer
            }
            return new Response(received.toString(StandardCharsets.UTF_8), closed);
        }
    }

    /**
     * The raw text of a response (status line, headers, body; several responses if the connection carried several)
     * and whether the server closed the connection, rather than keeping it open for another request.
     */
    public record Response(String text, boolean closed) {
        /** How many responses came back on the connection. */
        public int responses() {
            return text.split("(?m)^HTTP/1\\.[01] \\d{3} ", -1).length - 1;
        }

        public int status() {
            if (!text.startsWith("HTTP/")) {
                throw new AssertionError("not an HTTP response: " + text);
            }
            return Integer.parseInt(text.substring(9, 12));
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
