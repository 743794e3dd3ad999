import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ceiling the benchmark compares Inkwell with: a bare Undertow on a loopback port that answers every
 * request with the very same bytes (a page Inkwell served, saved to a file), from memory, on the IO thread.
 * Usage: java -cp 'app/target/lib/*' bench/Ceiling.java PAGE_FILE CONTENT_TYPE [CONTENT_ENCODING]
 * (with gzip, the file holds the compressed bytes Inkwell sent, and they go out as they are).
 * Prints "Ceiling running at http://127.0.0.1:PORT/" and serves until it is stopped (SIGTERM).
 */
public class Ceiling {
    public static void main(String[] args) throws Exception {
        byte[] page = Files.readAllBytes(Path.of(args[0]));
        String contentType = args.length > 1 ? args[1] : "text/html; charset=UTF-8";
        String contentEncoding = args.length > 2 ? args[2] : null;
        ByteBuffer bytes = ByteBuffer.allocateDirect(page.length).put(page).flip();
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(exchange -> {
                    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
                    if (contentEncoding != null) {
                        exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, contentEncoding);
                    }
                    exchange.getResponseSender().send(bytes.duplicate());
                })
                .build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        System.out.println("Ceiling running at http://127.0.0.1:" + port + "/");
        Thread.currentThread().join();
    }
}
