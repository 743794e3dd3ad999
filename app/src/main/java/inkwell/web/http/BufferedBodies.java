package inkwell.web.http;

import inkwell.web.view.ErrorPages;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSourceChannel;

/**
 * Reads a request's whole body on the IO thread before a worker thread sees the request, so a client that stalls
 * halfway through an upload holds only its connection (until the read timeout), never a worker thread everyone
 * else needs. Undertow's RequestBufferingHandler does the same, but leaves a request that asks for
 * "100 Continue" (curl does for bodies over 1 KB) to be read by a worker, which a client that then stalls holds
 * until the read timeout; here Undertow's HttpContinueReadHandler answers "100 Continue" and the body is read
 * on the IO thread like any other.
 * {@link BodyLimits} has already refused bodies declared too large or sent without a length, so what is read
 * here is at most {@link BodyLimits#MAX_BODY_BYTES}: Undertow ends the channel at the declared length.
 * Image uploads (up to 20 MiB) are the exception: they go on unread, to a worker that streams them to disk,
 * and BodyLimits lets only two be read at once, so stalled uploads still cannot hold every worker.
 */
final class BufferedBodies implements HttpHandler {
    static final String MALFORMED = "The request's body could not be read (it broke off or was not framed as "
            + "HTTP requires). Nothing was saved; send the form again.";
    private final HttpHandler next;
    private final ErrorPages errors;

    BufferedBodies(HttpHandler next, ErrorPages errors) {
        this.next = next;
        this.errors = errors;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isRequestComplete() || BodyLimits.isUpload(exchange)) {
            next.handleRequest(exchange);
            return;
        }
        if (new Body(exchange).read(exchange.getRequestChannel())) {
            next.handleRequest(exchange);
        }
    }

    /** One request's body as it arrives, in pooled buffers. */
    private final class Body implements ChannelListener<StreamSourceChannel> {
        private final HttpServerExchange exchange;
        private final List<PooledByteBuffer> filled = new ArrayList<>();
        private PooledByteBuffer current;
        private boolean listening;

        Body(HttpServerExchange exchange) {
            this.exchange = exchange;
        }

        /** More of the body arrived (IO thread): once it is whole, the request starts again from here. */
        @Override
        public void handleEvent(StreamSourceChannel channel) {
            if (read(channel)) {
                Connectors.executeRootHandler(next, exchange);
            }
        }

        /** Reads what has arrived; true when that was the whole body and the caller should go on with the request. */
        boolean read(StreamSourceChannel channel) {
            try {
                while (true) {
                    if (current == null) {
                        current = exchange.getConnection().getByteBufferPool().allocate();
                    }
                    ByteBuffer buffer = current.getBuffer();
                    int read = channel.read(buffer);
                    if (read == -1) {
                        complete(channel);
                        return true;
                    }
                    if (read == 0) {
                        waitForMore(channel);
                        return false;
                    }
                    if (!buffer.hasRemaining()) {
                        buffer.flip();
                        filled.add(current);
                        current = null;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A body that broke off, a read timeout or a client gone: answer what can still be answered, then
                // close, since the rest of the stream cannot be trusted.
                release();
                stopListening(channel);
                exchange.setPersistent(false);
                if (exchange.getConnection().isOpen() && !exchange.isResponseStarted()) {
                    errors.send(exchange, 400, MALFORMED);
                } else {
                    IoUtils.safeClose(exchange.getConnection());
                }
                return false;
            }
        }

        private void waitForMore(StreamSourceChannel channel) {
            if (!listening) {
                listening = true;
                channel.getReadSetter().set(this);
            }
            channel.resumeReads();
        }

        private void complete(StreamSourceChannel channel) {
            if (current.getBuffer().position() == 0) {
                current.close();
            } else {
                current.getBuffer().flip();
                filled.add(current);
            }
            current = null;
            stopListening(channel);
            if (!filled.isEmpty()) {
                Connectors.ungetRequestBytes(exchange, filled.toArray(PooledByteBuffer[]::new));
            }
            Connectors.resetRequestChannel(exchange);
        }

        private void stopListening(StreamSourceChannel channel) {
            if (listening) {
                channel.getReadSetter().set(null);
                channel.suspendReads();
            }
        }

        private void release() {
            filled.forEach(IoUtils::safeClose);
            filled.clear();
            IoUtils.safeClose(current);
            current = null;
        }
    }
}
