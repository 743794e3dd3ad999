package inkwell.desktop;

import inkwell.web.security.PrivateFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One Inkwell per data folder: "connect to the running one, otherwise become it". The owner holds an OS file
 * lock on {@code inkwell.lock}, which the OS releases when the process dies in any way (kill -9, power loss), so
 * a stale lock never needs cleaning up. The owner records its URL, a random instance id and the owner's sign-in
 * link in {@code inkwell.url} (readable by the data folder's owner only: the link makes a browser the blog's
 * owner); a second launch verifies the first two with a request to {@code /health} before trusting them.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK_FILE = "inkwell.lock";
    static final String URL_FILE = "inkwell.url";
    private static final Duration HEALTH_TIMEOUT = Duration.ofMillis(700);

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;
    private final String instanceId = UUID.randomUUID().toString();

    private SingleInstance(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Either this process now owns the data folder, or another one does (and maybe answers at a URL). */
    public sealed interface Claim permits Owner, Taken {
    }

    public record Owner(SingleInstance instance) implements Claim {
    }

    /** Another process holds the folder; {@code url} is where it answers, if it does, and how to sign in there. */
    public record Taken(Optional<String> url, Optional<String> signInLink) implements Claim {
    }

    public static Claim claim(Path dataDir, Duration waitForAnswer) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock != null) {
            return new Owner(new SingleInstance(dataDir, channel, lock));
        }
        channel.close();
        Optional<String> url = waitForRunningUrl(dataDir, waitForAnswer);
        return new Taken(url, url.flatMap(found -> signInLink(dataDir)));
    }

    /** The owner may still be starting: poll its recorded URL until it answers or the wait is over. */
    private static Optional<String> waitForRunningUrl(Path dataDir, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            Optional<String> url = answeringUrl(dataDir);
            if (url.isPresent()) {
                return url;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    static Optional<String> answeringUrl(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(URL_FILE), StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            String url = lines.get(0).trim();
            String id = lines.get(1).trim();
            HttpClient client = HttpClient.newBuilder().connectTimeout(HEALTH_TIMEOUT).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url).resolve("health"))
                    .timeout(HEALTH_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(id) ? Optional.of(url) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The running instance's sign-in link, as it recorded it. */
    public static Optional<String> signInLink(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(URL_FILE), StandardCharsets.UTF_8);
            return lines.size() < 3 || lines.get(2).isBlank() ? Optional.empty() : Optional.of(lines.get(2).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What {@code /health} must answer so a second launch knows it found this instance. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Records where this instance answers and its sign-in link, for the next launch and the owner's scripts.
     * Written atomically, and readable by its owner only from the first byte (the link signs a browser in).
     */
    public void publish(String url, String signInLink) throws IOException {
        PrivateFiles.write(dataDir.resolve(URL_FILE), url + "\n" + instanceId + "\n" + signInLink + "\n");
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dataDir.resolve(URL_FILE));
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
