package inkwell;

import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.web.security.CommandToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * {@code inkwell export [--data-dir DIR] --to FILE.zip}: the whole blog as the Export page gives it. The zip is
 * written beside its final name and moved there when complete, so a FILE.zip is never half an export. Exit status
 * 0 when written, 1 when it could not be, 2 for a wrong command line.
 */
final class ExportCommand implements CommandArguments.Command {
    static final String NAME = "export";
    private static final Duration LONGEST_EXPORT = Duration.ofMinutes(30);
    /** How many posts the running Inkwell's zip holds (it says so before it writes them). */
    static final String POSTS_HEADER = inkwell.transfer.ExportPages.POSTS_HEADER;

    private final Settings settings;
    private final Path to;
    private final PrintStream out;
    private final PrintStream err;

    private ExportCommand(Settings settings, Path to, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.to = to;
        this.out = out;
        this.err = err;
    }

    static int run(String[] args, java.util.Map<String, String> environment, PrintStream out, PrintStream err) {
        return CommandArguments.run(NAME, err, () -> parse(args, environment, out, err));
    }

    private static ExportCommand parse(String[] args, java.util.Map<String, String> environment, PrintStream out,
                                       PrintStream err) throws SettingsException {
        CommandArguments arguments = CommandArguments.split(args, "to");
        if (arguments.help()) {
            out.print(usage());
            return null;
        }
        String to = arguments.value("to").orElse("");
        if (to.isBlank()) {
            throw new SettingsException("say where to write the export: --to FILE.zip");
        }
        Path file = Path.of(to).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new SettingsException("--to " + to + " is a folder; name the zip file to write, such as "
                    + file.resolve("blog.zip"));
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new SettingsException("--to " + to + ": there is no folder " + file.getParent());
        }
        Settings settings = arguments.settings(environment, "export takes --data-dir and --to; see --help");
        return new ExportCommand(settings, file, out, err);
    }

    static String usage() {
        return "Usage: java -jar inkwell.jar export [--data-dir DIR] --to FILE.zip\n\n"
                + "Writes the whole blog (posts with their drafts, tags and addresses, the settings and About page)\n"
                + "as a zip that Hugo builds as it is. Works while Inkwell runs: the running Inkwell writes it.\n";
    }

    @Override
    public int run() {
        return DataFolderCommand.run(NAME, settings, err, this::handOver, blog -> written(blog.exportArchive()::write));
    }

    private interface Writer {
        int write(OutputStream out) throws IOException;
    }

    /** Writes beside the target, then moves it in place: FILE.zip is a whole export or not there. */
    private int written(Writer writer) {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try {
            int posts;
            try (OutputStream file = Files.newOutputStream(part)) {
                posts = writer.write(file);
            }
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Exported " + posts + (posts == 1 ? " post" : " posts") + " to "
                    + to + " (" + String.format("%,d", Files.size(to)) + " bytes).");
            return Inkwell.EXIT_OK;
        } catch (IOException e) {
            err.println("inkwell export: could not write " + to + ": " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                err.println("inkwell export: could not remove " + part + ": " + e.getMessage());
            }
        }
    }

    /** The Inkwell running on this data folder writes the zip; it is streamed into the file here. */
    private int handOver(String url, String token) {
        out.println("Inkwell is running at " + url + "; it writes the export.");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url).resolve("export/command"))
                .timeout(LONGEST_EXPORT).header("Authorization", CommandToken.header(token))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<InputStream> response = client.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream zip = response.body()) {
                if (response.statusCode() != 200) {
                    err.println("inkwell export: the running Inkwell refused (" + response.statusCode() + "): "
                            + org.jsoup.Jsoup.parse(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .select("main").text());
                    return Inkwell.EXIT_CANNOT_START;
                }
                int posts = response.headers().firstValue(POSTS_HEADER).map(Integer::parseInt).orElse(0);
                return written(file -> {
                    zip.transferTo(file);
                    return posts;
                });
            }
        } catch (IOException e) {
            err.println("inkwell export: lost the running Inkwell at " + url + ": " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inkwell.EXIT_CANNOT_START;
        }
    }
}
