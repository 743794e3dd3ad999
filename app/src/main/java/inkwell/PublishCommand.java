package inkwell;

import inkwell.publish.PublishJob;
import inkwell.publish.PublishOutcome;
import inkwell.publish.Publisher;
import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;
import inkwell.site.PublicAddress;
import inkwell.web.security.CommandToken;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code inkwell publish [--data-dir DIR] [--to FOLDER|GIT_URL] [--branch NAME] [--base-url URL]}: publishes the
 * blog and prints the progress. When an Inkwell is running on the data folder it does the publishing (only one
 * process may open the database) and this command shows its progress; otherwise this command opens the blog
 * itself. Exit status 0 when published, 1 when the publish failed, 2 for a wrong command line.
 */
final class PublishCommand {
    static final String NAME = "publish";
    private static final Duration LONGEST_PUBLISH = Duration.ofMinutes(30);

    private final Settings settings;
    private final Map<String, String> request;
    private final PrintStream out;
    private final PrintStream err;

    private PublishCommand(Settings settings, Map<String, String> request, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.request = request;
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments after {@code publish}; returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        PublishCommand command;
        try {
            command = parse(args, environment, out, err);
        } catch (SettingsException e) {
            err.println("inkwell publish: " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        return command == null ? Inkwell.EXIT_OK : command.run();
    }

    private static PublishCommand parse(String[] args, Map<String, String> environment, PrintStream out,
                                        PrintStream err) throws SettingsException {
        Map<String, String> request = new LinkedHashMap<>(Map.of("to", "", "branch", "", "base_url", ""));
        List<String> machine = new ArrayList<>();
        Iterator<String> arguments = List.of(args).iterator();
        while (arguments.hasNext()) {
            String arg = arguments.next();
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(usage());
                return null;
            }
            Optional<String> field = Stream.of("to", "branch", "base-url")
                    .filter(name -> arg.equals("--" + name) || arg.startsWith("--" + name + "=")).findFirst();
            if (field.isEmpty()) {
                machine.add(arg);
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (arguments.hasNext()) {
                value = arguments.next();
            } else {
                throw new SettingsException("--" + field.get() + " needs a value");
            }
            request.put(field.get().replace('-', '_'), value);
        }
        try {
            PublicAddress.parse(request.get("base_url"));
        } catch (PublicAddress.InvalidAddress e) {
            throw new SettingsException("--base-url: " + e.getMessage());
        }
        String to = request.get("to").strip();
        if (!to.isEmpty() && !to.contains(":") && !to.startsWith("/") && !to.contains("@")) {
            // A folder given relative to where the command runs; the running Inkwell needs it whole.
            request.put("to", Path.of(to).toAbsolutePath().normalize().toString());
        }
        CommandLine commandLine = CommandLine.parse(machine.toArray(String[]::new));
        if (commandLine.action() != CommandLine.Action.RUN) {
            throw new SettingsException("publish takes --data-dir, --to, --branch and --base-url; see --help");
        }
        Settings settings = new SettingsLoader(environment).load(commandLine);
        return new PublishCommand(settings, request, out, err);
    }

    static String usage() {
        return "Usage: java -jar inkwell.jar publish [--data-dir DIR] [--to FOLDER|GIT_URL] [--branch NAME] "
                + "[--base-url URL]\n\n"
                + "Publishes the blog as a static site. --to is a folder or a Git remote (file://, ssh://, "
                + "git@host:path,\nhttps://); without it, the target saved on the Publish page. --branch defaults to "
                + "gh-pages. --base-url\nis the address readers will use; without it, the public address from "
                + "Settings.\n";
    }

    private int run() {
        return DataFolderCommand.run(NAME, settings, err, this::handOver, this::publishHere);
    }

    /** The Inkwell running on this data folder publishes; its progress lines are streamed back here. */
    private int handOver(String url, String token) {
        out.println("Inkwell is running at " + url + "; it publishes.");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url).resolve("publish/command"))
                .timeout(LONGEST_PUBLISH)
                .header("Authorization", CommandToken.header(token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BlogClient.encode(request))).build();
        try {
            HttpResponse<Stream<String>> response = client.send(post, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                String body = String.join(" ", response.body().toList());
                err.println("inkwell publish: the running Inkwell refused (" + response.statusCode() + "): "
                        + org.jsoup.Jsoup.parse(body).select("main").text());
                return response.statusCode() == 422 ? Inkwell.EXIT_USAGE : Inkwell.EXIT_CANNOT_START;
            }
            return followLines(response.body().iterator());
        } catch (IOException e) {
            err.println("inkwell publish: lost the running Inkwell at " + url + ": " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inkwell.EXIT_CANNOT_START;
        }
    }

    private int followLines(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("OK ")) {
                out.println(line.substring("OK ".length()));
                return Inkwell.EXIT_OK;
            }
            if (line.startsWith("FAILED ")) {
                err.println("inkwell publish: " + line.substring("FAILED ".length()));
                return Inkwell.EXIT_CANNOT_START;
            }
            out.println(line);
        }
        err.println("inkwell publish: the running Inkwell stopped answering before the publish ended.");
        return Inkwell.EXIT_CANNOT_START;
    }

    /** No Inkwell runs on this data folder: the blog opened here publishes. */
    private int publishHere(Blog blog) throws Exception {
        Publisher publisher = blog.publisher();
        PublishJob job = publisher.publish(publisher.request(request.get("to"), request.get("branch"),
                PublicAddress.parse(request.get("base_url"))));
        int seen = 0;
        while (job.running() || !job.linesFrom(seen).isEmpty()) {
            List<String> lines = job.linesFrom(seen);
            lines.forEach(out::println);
            seen += lines.size();
            job.awaitNews(seen, Duration.ofSeconds(1));
        }
        PublishOutcome outcome = job.outcome().orElseThrow();
        if (!outcome.succeeded()) {
            err.println("inkwell publish: " + outcome.summary());
            return Inkwell.EXIT_CANNOT_START;
        }
        out.println(outcome.summary());
        return Inkwell.EXIT_OK;
    }
}
