package inkwell.firstpages;

import inkwell.web.view.Viewer;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One viewer's home page as the last run left it, cut wherever the blog's own address appears: the address it
 * was rendered for is a placeholder, and each request gets the address it used (the port may differ from run to
 * run), exactly as a freshly rendered page would have it.
 */
record HomeCopy(Viewer viewer, List<byte[]> parts) {
    /** Splits a page rendered with {@code base} as the blog's address. */
    static HomeCopy cut(Viewer viewer, byte[] page, String base) {
        byte[] marker = base.getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int at = indexOf(page, marker, 0); at >= 0; at = indexOf(page, marker, start)) {
            parts.add(java.util.Arrays.copyOfRange(page, start, at));
            start = at + marker.length;
        }
        parts.add(java.util.Arrays.copyOfRange(page, start, page.length));
        return new HomeCopy(viewer, List.copyOf(parts));
    }

    /** This page with its dates as a rendering at {@code now} would write them ({@link ShownDates}). */
    java.util.Optional<HomeCopy> withDatesReadAt(java.time.Instant renderedAt, java.time.Instant now) {
        List<byte[]> read = new ArrayList<>();
        for (byte[] part : parts) {
            java.util.Optional<String> current = ShownDates.reread(new String(part, StandardCharsets.UTF_8),
                    renderedAt, now);
            if (current.isEmpty()) {
                return java.util.Optional.empty();
            }
            read.add(current.get().getBytes(StandardCharsets.UTF_8));
        }
        return java.util.Optional.of(new HomeCopy(viewer, List.copyOf(read)));
    }

    /** The page with {@code base} where the blog's address goes. */
    byte[] joined(String base) {
        byte[] address = base.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(address);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    void send(HttpServerExchange exchange) {
        // The Host header has passed the host check (this computer's names only); escaped all the same.
        String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort() + "/";
        byte[] page = joined(org.jsoup.nodes.Entities.escape(base));
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.setResponseContentLength(page.length);
        if (exchange.getRequestMethod().equals(Methods.GET)) {
            exchange.getResponseSender().send(ByteBuffer.wrap(page));
        } else {
            exchange.endExchange();
        }
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
