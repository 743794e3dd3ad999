package inkwell;

import inkwell.settings.CommandLine;
import inkwell.settings.Settings;
import inkwell.settings.SettingsException;
import inkwell.settings.SettingsLoader;
import inkwell.transfer.ImportRefused;
import inkwell.transfer.ImportReport;
import inkwell.web.security.CommandToken;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code inkwell import [--data-dir DIR] SOURCE}: an Inkwell export, or a Jekyll or Hugo site (a zip or a folder),
 * imported all or nothing; prints the report. When an Inkwell runs on the data folder it imports (it reads the
 * source from this same computer). Exit status 0 when imported, 1 when refused or failed (one plain line), 2 for a
 * wrong command line.
 */
final class ImportCommand {
    static final String NAME = "import";
    private static final Duration LONGEST_IMPORT = Duration.ofMinutes(30);

    private final Settings settings;
    private final Path source;
    private final PrintStream out;
    private final PrintStream err;

    private ImportCommand(Settings settings, Path source, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.source = source;
        this.out = out;
        this.err = err;
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        ImportCommand command;
        try {
            command = parse(args, environment, out, err);
        } catch (SettingsException e) {
            err.println("inkwell import: " + e.getMessage());
            return Inkwell.EXIT_USAGE;
        }
        return command == null ? Inkwell.EXIT_OK : command.run();
    }

    private static ImportCommand parse(String[] args, Map<String, String> environment, PrintStream out,
                                       PrintStream err) throws SettingsException {
        List<String> machine = new ArrayList<>();
        String source = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(usage());
                return null;
            }
            if (arg.startsWith("-")) {
                machine.add(arg);
                if (!arg.contains("=") && i + 1 < args.length) {
                    machine.add(args[++i]);
                }
            } else if (source == null) {
                source = arg;
            } else {
                throw new SettingsException("import takes one source; see --help");
            }
        }
        if (source == null || source.isBlank()) {
            throw new SettingsException("say what to import: FILE.zip or FOLDER; see --help");
        }
        Path path = Path.of(source).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new SettingsException("there is no file or folder " + path);
        }
        CommandLine commandLine = CommandLine.parse(machine.toArray(String[]::new));
        if (commandLine.action() != CommandLine.Action.RUN) {
            throw new SettingsException("import takes --data-dir and a source; see --help");
        }
        return new ImportCommand(new SettingsLoader(environment).load(commandLine), path, out, err);
    }

    static String usage() {
        return "Usage: java -jar inkwell.jar import [--data-dir DIR] FILE.zip|FOLDER|ghost.json|wordpress.xml\n\n"
                + "Imports an Inkwell export, a Jekyll or Hugo site (a folder or a zip of it), a Ghost 5 export\n"
                + "or a WordPress export (WXR), all or nothing,\n"
                + "and prints what came in and what was skipped and why. Works while Inkwell runs.\n";
    }

    private int run() {
        return DataFolderCommand.run(NAME, settings, err, this::handOver, blog -> {
            try {
                return printed(blog.imports().run(source));
            } catch (ImportRefused e) {
                err.println("inkwell import: " + e.getMessage());
                return Inkwell.EXIT_CANNOT_START;
            }
        });
    }

    private int printed(ImportReport report) {
        out.print(report.text());
        return Inkwell.EXIT_OK;
    }

    /** The Inkwell running on this data folder imports the source (a path on this computer). */
    private int handOver(String url, String token) {
        out.println("Inkwell is running at " + url + "; it imports.");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url).resolve("import/command"))
                .timeout(LONGEST_IMPORT).header("Authorization", CommandToken.header(token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BlogClient.encode(Map.of("source", source.toString()))))
                .build();
        try {
            HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                String said = response.body().startsWith("<") ? org.jsoup.Jsoup.parse(response.body()).select("main")
                        .text() : response.body().strip();
                err.println("inkwell import: " + said);
                return Inkwell.EXIT_CANNOT_START;
            }
            out.print(response.body());
            return Inkwell.EXIT_OK;
        } catch (IOException e) {
            err.println("inkwell import: lost the running Inkwell at " + url + ": " + e.getMessage());
            return Inkwell.EXIT_CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inkwell.EXIT_CANNOT_START;
        }
    }
}
