package inkwell.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.NeededOnCi;
import inkwell.RunningBlog;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inkwell bound to this machine's own network address (as {@code --bind} does for a LAN), asked as a reader from
 * that address: the public blog, its feeds and search work; no page shows a write control; every owner page and
 * every write is refused. The owner, signed in, writes as before.
 */
class ReaderOnTheNetworkHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void aReaderOnTheNetworkGetsThePublicBlogAndNothingElse() throws Exception {
        InetAddress address = networkAddress();
        Settings settings = new Settings(0, true, address.getHostAddress(), dataDir, Optional.empty(),
                Optional.empty(), Optional.empty(), "On the network", false, false);
        try (RunningBlog blog = RunningBlog.start(settings, AppControl.of(() -> { }))) {
            assertTrue(blog.blog.url().contains(address.getHostAddress()), blog.blog.url());
            String post = blog.createPost("Networked notes", "Ada", "Readers on the LAN read this.");
            assertEquals(303, blog.postForm("/posts", Map.of("title", "Unfinished", "name", "Ada",
                    "content", "Draft words.", "status", "draft", "tags", "")).statusCode());
            BlogClient reader = blog.visitor();
            ReaderView.showsNoControls(reader, List.of("/", "/posts", post, "/tags", "/feed.xml", "/sitemap.xml",
                    "/robots.txt", "/search?q=networked", "/signin"));
            inkwell.Eventually.await(java.time.Duration.ofSeconds(20),
                    () -> reader.get("/search?q=networked").body().contains("Networked notes"), "search for readers");
            assertTrue(reader.get("/feed.xml").body().contains("Networked notes"));
            assertTrue(!reader.get("/").body().contains("Unfinished"), "no draft for a reader");
            ReaderView.sendsToSignIn(reader, ReaderView.ownerPages(post));
            ReaderView.refusesWrites(reader, ReaderView.writes(post));
            assertEquals(200, blog.get(post).statusCode());
            assertTrue(blog.get(post).body().contains("Readers on the LAN read this."), "nothing changed");
        }
    }

    private static InetAddress networkAddress() throws Exception {
        Optional<InetAddress> found = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(face -> {
                    try {
                        return face.isUp() && !face.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
        NeededOnCi.require(found.isPresent(), "a non-loopback IPv4 address on this machine");
        return found.orElseThrow();
    }
}
