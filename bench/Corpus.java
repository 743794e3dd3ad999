import inkwell.BlogClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a realistic corpus into a running Inkwell through its own create form (with the CSRF token, as a
 * browser does): Markdown articles of 3-5 KB with headings, paragraphs, fenced code in several languages,
 * tables, bullet and numbered lists and quotes. Deterministic for a given seed.
 * Usage: java -cp 'app/target/inkwell.jar:app/target/lib/*' bench/Corpus.java DATA_DIR|BASE_URL COUNT [SEED]
 * Prints the path of every post it made, one per line.
 */
public class Corpus {
    private static final List<String> TOPICS = List.of("Undertow", "Derby", "JTE templates", "commonmark",
            "jsoup", "virtual threads", "JFR", "AppCDS", "jlink", "Maven", "JUnit 5", "HTTP caching", "gzip",
            "B-tree indexes", "keyset pagination", "CSRF tokens", "Content-Security-Policy", "systemd", "wrk",
            "flame graphs", "escape analysis", "string deduplication", "record patterns", "sealed types");
    private static final List<String> VERBS = List.of("Understanding", "Measuring", "Taming", "A tour of",
            "Debugging", "Ten lessons from", "Speeding up", "Testing", "What I learned about", "Profiling");
    private static final List<String> WORDS = List.of("the", "server", "request", "thread", "cache", "page",
            "index", "query", "latency", "memory", "bytes", "buffer", "template", "handler", "connection",
            "heap", "allocation", "benchmark", "throughput", "percentile", "startup", "class", "archive",
            "runtime", "module", "database", "transaction", "commit", "row", "column", "schema", "token", "header",
            "response", "render", "markdown", "escape", "sanitize", "measure", "ratio", "ceiling", "is", "a",
            "and", "of", "with", "when", "because", "without", "every", "fast", "small", "exact", "careful");
    private static final List<String> CODE = List.of("""
            ```java
            try (var in = Files.newBufferedReader(path)) {
                return in.lines().filter(line -> !line.isBlank()).count();
            }
            ```""", """
            ```python
            def percentile(values, p):
                ordered = sorted(values)
                return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]
            ```""", """
            ```bash
            wrk -t2 -c32 -d10s --latency http://127.0.0.1:8465/posts
            ```""", """
            ```sql
            SELECT ID, TITLE FROM ARTICLE ORDER BY CREATED_AT DESC, ID DESC FETCH FIRST 10 ROWS ONLY;
            ```""", """
            ```javascript
            const rows = document.querySelectorAll("table tr");
            rows.forEach((row, i) => row.classList.toggle("odd", i % 2 === 1));
            ```""");

    public static void main(String[] args) throws Exception {
        // A data folder: sign in as its owner through inkwell.url. A URL: an Inkwell from before sign-in.
        BlogClient browser = args[0].startsWith("http") ? new BlogClient(args[0])
                : BlogClient.ownerOf(java.nio.file.Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        for (int i = 1; i <= count; i++) {
            String title = VERBS.get(random.nextInt(VERBS.size())) + " " + TOPICS.get(random.nextInt(TOPICS.size()))
                    + ", part " + i;
            HttpResponse<String> created = browser.postForm("/posts", Map.of("title", title,
                    "name", "Bench Writer " + (1 + random.nextInt(5)), "content", article(random)));
            if (created.statusCode() != 303) {
                throw new IllegalStateException("create answered " + created.statusCode());
            }
            System.out.println(created.headers().firstValue("Location").orElseThrow());
        }
    }

    static String article(Random random) {
        int target = 3000 + random.nextInt(2000);
        StringBuilder md = new StringBuilder(target + 600);
        md.append(paragraph(random, 4)).append("\n\n");
        int section = 0;
        while (md.length() < target) {
            md.append("## ").append(capitalized(sentence(random, 4)).replace(".", "")).append("\n\n");
            md.append(paragraph(random, 3)).append("\n\n");
            switch (section++ % 4) {
                case 0 -> md.append(CODE.get(random.nextInt(CODE.size()))).append("\n\n");
                case 1 -> md.append(table(random)).append("\n");
                case 2 -> md.append(list(random, "- ")).append("\n").append(list(random, "1. ")).append("\n");
                default -> md.append("> ").append(sentence(random, 14)).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String table(Random random) {
        StringBuilder table = new StringBuilder("| Measure | Before | After |\n|---|---:|---:|\n");
        for (int row = 0; row < 4; row++) {
            table.append("| ").append(word(random)).append(' ').append(word(random)).append(" | ")
                    .append(random.nextInt(10_000)).append(" | ").append(random.nextInt(10_000)).append(" |\n");
        }
        return table.toString();
    }

    private static String list(Random random, String marker) {
        StringBuilder list = new StringBuilder();
        for (int item = 0; item < 3; item++) {
            list.append(marker).append("Use `").append(word(random)).append("` ").append(sentence(random, 8))
                    .append('\n');
        }
        return list.toString();
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String text = capitalized(sentence(random, 10 + random.nextInt(10)));
            if (i == 1) {
                text = text.replaceFirst(" (\\w+) ", " **$1** ");
            }
            paragraph.append(i == 0 ? "" : " ").append(text);
        }
        return paragraph.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(word(random));
        }
        return sentence.append('.').toString();
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
