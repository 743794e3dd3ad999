package inkwell.web.http;

import inkwell.web.view.ErrorPages;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * The one place that decides how much a request may send: a long post in Markdown is ~200 KB, so 1 MiB leaves
 * room for encoding. A body declared over the limit is answered at once, on the IO thread, with the 413 page:
 * before any worker thread waits on it, and before the client finishes (or stalls in) sending it. A body of up
 * to a few MiB is then read and dropped by Undertow as it arrives, so the connection stays open and the browser,
 * still sending, does not have the answer cut off under it; anything larger closes the connection after the
 * answer.
 *
 * <p>A body sent in chunks, with no length, gets 411 Length Required the same way (RFC 9110 lets a server ask
 * for the length): browsers always give a form's length, and Undertow's chunk decoder closes the connection
 * without a word on broken chunk framing, so no chunked body is ever decoded for a page.
 */
final class BodyLimits implements HttpHandler {
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /**
     * Oversized bodies up to this size are read and dropped so that the 413 page reaches the browser. It is also
     * the server's own limit ({@link WebServer}), which Undertow applies to a chunked body before any filter runs.
     */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;
    static final String TOO_LARGE = "The request was larger than 1 MiB, the most Inkwell accepts. "
            + "A post can hold up to 200,000 characters; split a longer text into several posts.";
    static final String LENGTH_REQUIRED = "Inkwell needs the length of what is sent (a Content-Length "
            + "header), as every browser gives for a form. Nothing was saved.";

    static final String AMBIGUOUS_FRAMING = "The request's length was malformed or given twice (Transfer-Encoding "
            + "beside Content-Length, or chunked more than once). Nothing was saved, and the connection closes.";
    static final String UNKNOWN_CODING = "Inkwell reads request bodies sent whole or in plain chunks only, not with "
            + "the transfer coding given here. Nothing was saved, and the connection closes.";

    /**
     * An image upload ({@code POST /media}) may be up to 20 MiB, plus room for the multipart framing and the
     * token; Undertow stops reading at this size as the body streams in, and the multipart parser at 20 MiB for
     * the file itself.
     */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024 + 64 * 1024;
    /**
     * Unlike a form, an upload is read by a worker thread as it streams to disk (20 MiB is too much to gather in
     * memory first). Two at a time: uploads that stall (until the 30 s read timeout) can then never hold the
     * threads pages need. A third is refused here, on the IO thread, before any worker would wait on it.
     */
    static final int UPLOADS_AT_ONCE = 2;
    /** An image up to this size past the limit is read and dropped so that its 413 page reaches the browser. */
    static final long UPLOAD_DRAIN_BYTES = 2 * MAX_UPLOAD_BYTES;
    static final String UPLOADS_BUSY = "Inkwell is receiving two other uploads right now. Try again in a moment.";
    static final String UPLOAD_TOO_LARGE = "The image is larger than 20 MiB, the most Inkwell takes. Save it "
            + "smaller (as JPEG, or scaled down) and upload it again.";

    /** An import's upload (see {@code inkwell.transfer.ImportPages}): 256 MiB and the form's framing. */
    static final long MAX_IMPORT_BYTES = inkwell.transfer.ImportPages.MAX_UPLOAD_BYTES + 64 * 1024;
    static final String IMPORT_TOO_LARGE = "The file is larger than 256 MiB, the most the Import page takes. "
            + "Import it from the command line instead: java -jar inkwell.jar import FILE.zip";

    private static final Pattern CHUNKED = Pattern.compile("[ \t]*chunked[ \t]*", Pattern.CASE_INSENSITIVE);

    private final HttpHandler next;
    private final ErrorPages errors;
    private final Semaphore uploads = new Semaphore(UPLOADS_AT_ONCE);

    BodyLimits(HttpHandler next, ErrorPages errors) {
        this.next = next;
        this.errors = errors;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderValues encodings = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
        if (encodings != null) {
            refuseTransferEncoding(exchange, encodings);
            return;
        }
        long declared = exchange.getRequestContentLength();
        if (isUpload(exchange)) {
            limitUpload(exchange, declared);
            return;
        }
        if (declared <= MAX_BODY_BYTES) {
            exchange.setMaxEntitySize(MAX_BODY_BYTES);
            next.handleRequest(exchange);
            return;
        }
        if (declared <= DRAIN_LIMIT_BYTES) {
            exchange.setMaxEntitySize(DRAIN_LIMIT_BYTES);
        } else {
            exchange.setPersistent(false);
        }
        errors.send(exchange, 413, TOO_LARGE);
    }

    /** An image upload: the one request whose body a worker reads as it streams in (see {@link BufferedBodies}). */
    static boolean isUpload(HttpServerExchange exchange) {
        return exchange.getRequestMethod().equals(Methods.POST) && (exchange.getRequestPath().equals(Routes.MEDIA)
                || isImport(exchange));
    }

    /** The Import page's upload: a whole blog, up to {@link #MAX_IMPORT_BYTES}, streamed to disk like an image. */
    private static boolean isImport(HttpServerExchange exchange) {
        return exchange.getRequestPath().equals(Routes.IMPORT);
    }

    /**
     * Past the limit, or with two uploads already being read, the answer goes at once. An image a little over the
     * limit is read and dropped after the answer, as an oversized form is: a connection closed with the body still
     * arriving is reset, and the reset can take the 413 page with it before the browser reads it. Anything bigger
     * is not worth reading: the connection closes.
     */
    private void limitUpload(HttpServerExchange exchange, long declared) throws Exception {
        long limit = isImport(exchange) ? MAX_IMPORT_BYTES : MAX_UPLOAD_BYTES;
        if (declared > limit) {
            if (!isImport(exchange) && declared <= UPLOAD_DRAIN_BYTES) {
                exchange.setMaxEntitySize(UPLOAD_DRAIN_BYTES);
            } else {
                exchange.setPersistent(false);
            }
            errors.send(exchange, 413, isImport(exchange) ? IMPORT_TOO_LARGE : UPLOAD_TOO_LARGE);
            return;
        }
        if (!uploads.tryAcquire()) {
            exchange.setPersistent(false);
            errors.send(exchange, 503, UPLOADS_BUSY);
            return;
        }
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            uploads.release();
            nextListener.proceed();
        });
        exchange.setMaxEntitySize(limit);
        next.handleRequest(exchange);
    }

    /**
     * Exactly {@code chunked} is framing Undertow reads correctly: it gets 411, its body is read and dropped, and
     * the connection may carry another request. Anything else (an unknown coding, {@code chunked} repeated or not
     * alone, or beside a Content-Length) leaves the end of the body in doubt, so whatever follows could be read
     * as a request of its own (request smuggling): RFC 9112 says refuse it and close the connection.
     */
    private void refuseTransferEncoding(HttpServerExchange exchange, HeaderValues encodings) {
        boolean exactlyChunked = encodings.size() == 1 && isChunked(encodings.getFirst())
                && !exchange.getRequestHeaders().contains(Headers.CONTENT_LENGTH);
        if (exactlyChunked) {
            errors.send(exchange, 411, LENGTH_REQUIRED);
            return;
        }
        exchange.setPersistent(false);
        boolean onlyChunked = encodings.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .allMatch(coding -> coding.isBlank() || isChunked(coding));
        if (onlyChunked) {
            errors.send(exchange, 400, AMBIGUOUS_FRAMING);
        } else {
            errors.send(exchange, 501, UNKNOWN_CODING);
        }
    }

    /** "chunked" in any case, with only the optional spaces and tabs HTTP allows around it (no other space). */
    private static boolean isChunked(String coding) {
        return CHUNKED.matcher(coding).matches();
    }
}
