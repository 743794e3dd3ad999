package inkwell.publish;

import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

/**
 * A plain static file server on a loopback port, as a static host serves a published site: files as they are,
 * {@code index.html} for a folder, a redirect adding the slash to a folder asked for without it, and nothing
 * else (no rewriting, no server-side redirects of ours).
 */
final class StaticFileServer implements AutoCloseable {
    private final Undertow undertow;
    final URI root;

    private StaticFileServer(Undertow undertow, URI root) {
        this.undertow = undertow;
        this.root = root;
    }

    static StaticFileServer serve(Path folder) {
        ResourceHandler files = new ResourceHandler(new PathResourceManager(folder, 1024))
                .setWelcomeFiles("index.html").setDirectoryListingEnabled(false);
        Undertow undertow = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(files)
                .setIoThreads(1).setWorkerThreads(4).build();
        undertow.start();
        int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        return new StaticFileServer(undertow, URI.create("http://127.0.0.1:" + port + "/"));
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
