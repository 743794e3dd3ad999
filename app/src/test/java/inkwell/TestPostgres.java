package inkwell;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from Debian's {@code postgresql} package
 * ({@code initdb} and {@code pg_ctl} in {@code /usr/lib/postgresql/VERSION/bin}) in a temporary folder, listening
 * on a free loopback port with its unix socket in that folder, and stopped with {@code pg_ctl stop} by a shutdown
 * hook when the JVM ends. Each blog gets a fresh database of its own ({@link #newDatabase}).
 *
 * <p>initdb refuses to run as root, and CI runs as root: then the server runs as the {@code postgres} user that
 * Debian's package creates ({@code runuser -u postgres --}), in a temporary folder handed to that user. Any other
 * user runs it as itself. The cluster trusts loopback connections (a throwaway server no one else can reach
 * through the socket folder, which only its owner can open) and has fsync off: its data dies with the JVM.
 */
public final class TestPostgres {
    /** The cluster's superuser, whom every test database belongs to. */
    public static final String USER = "inkwell";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres running;
    private static Throwable failure;

    private final int port;

    private TestPostgres(int port) {
        this.port = port;
    }

    /** The server, started on first use; throws (never skips) when it cannot start. */
    public static synchronized TestPostgres server() {
        if (failure != null) {
            throw new IllegalStateException("PostgreSQL for the tests did not start earlier: " + failure, failure);
        }
        if (running == null) {
            try {
                running = start();
            } catch (Exception | Error e) {
                failure = e;
                throw new IllegalStateException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
            }
        }
        return running;
    }

    /** Whether Debian's PostgreSQL server programs are installed (package {@code postgresql}). */
    public static boolean installed() {
        return binaries().isPresent();
    }

    /** A new, empty database on the server; its JDBC URL (user {@link #USER}, no password: loopback is trusted). */
    public String newDatabase() throws SQLException {
        String name = "blog_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    private static Optional<Path> binaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(versions)) {
            // The newest installed major version: folder names are the version numbers.
            return folders.map(folder -> folder.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(bin -> majorVersion(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(String folder) {
        return folder.matches("\\d+") ? Integer.parseInt(folder) : -1;
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IOException(
                "no initdb/pg_ctl under /usr/lib/postgresql/*/bin: install Debian's postgresql package"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("inkwell-postgres-");
        if (root) {
            run(List.of("chown", "postgres:postgres", folder.toString()), folder, false);
        }
        Path data = folder.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "--pgdata=" + data, "--username=" + USER, "--auth=trust",
                "--encoding=UTF8", "--locale=C", "--no-sync"), folder, root);
        List<String> stop = List.of(bin.resolve("pg_ctl").toString(), "stop", "--pgdata=" + data, "--mode=fast",
                "--wait");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(stop, folder, root),
                "inkwell-test-postgres-stop"));
        IOException last = null;
        // The free port is only free when asked: another program may take it first, then the next try asks again.
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            String options = "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + folder
                    + " -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "start", "--pgdata=" + data, "--wait", "--timeout=60",
                        "--log=" + folder.resolve("server.log"), "-o", options), folder, root);
                System.err.println("PostgreSQL for the tests: 127.0.0.1:" + port + " in " + folder);
                return new TestPostgres(port);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    private static void stopAndDelete(List<String> stop, Path folder, boolean root) {
        try {
            run(stop, folder, root);
        } catch (IOException | InterruptedException e) {
            System.err.println("PostgreSQL for the tests did not stop: " + e.getMessage());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + folder + ": " + e.getMessage());
        }
    }

    /** A port free right now on the loopback address (PostgreSQL takes it a moment later). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, Path folder, boolean asPostgres)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("inkwell-postgres-command-", ".txt");
        try {
            Process process = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " exited with " + process.exitValue() + ": "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
