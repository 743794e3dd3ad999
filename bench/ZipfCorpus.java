import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A corpus shaped like a blog's writing rather than the worst case: every post different, its words drawn from a
 * vocabulary of 5,000 with Zipf's law (s = 1, as word frequencies in English text run: a few words in most posts,
 * most words in few), and code blocks of identifiers made of those words (cacheLatencyHandler, BufferIndex).
 * The vocabulary: 20 English function words, the 56 words of Corpus.java, then made-up words of two to four
 * syllables (deterministic), so stemming and identifier splitting see word-like text.
 *
 * Usage (classpath 'app/target/inkwell.jar:app/target/lib/*'):
 *   java bench/ZipfCorpus.java posts DATA_DIR COUNT   adds posts to a stopped Inkwell's Derby until it holds COUNT
 *   java bench/ZipfCorpus.java queries COUNT           prints COUNT searches of two words, one per line, drawn
 *                                                      with the same law from the words past the function words
 */
public class ZipfCorpus {
    static final List<String> FUNCTION_WORDS = List.of("the", "of", "and", "a", "to", "in", "is", "that", "for",
            "it", "as", "with", "on", "be", "this", "by", "are", "or", "an", "at");
    static final List<String> BENCH_WORDS = List.of("server", "request", "thread", "cache", "page", "index",
            "query", "latency", "memory", "bytes", "buffer", "template", "handler", "connection", "heap",
            "allocation", "benchmark", "throughput", "percentile", "startup", "class", "archive", "runtime", "module",
            "database", "transaction", "commit", "row", "column", "schema", "token", "header", "response", "render",
            "markdown", "escape", "sanitize", "measure", "ratio", "ceiling", "when", "because", "without", "every",
            "fast", "small", "exact", "careful");
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "tor", "sul", "ven", "gra", "pi", "dus", "ber",
            "chan", "fel", "ost", "ru", "wix", "pol", "ter", "ing", "ed", "al", "ion", "co", "de", "mar", "zen", "qui",
            "lap", "hen", "sto"};
    static final int VOCABULARY = 5_000;

    final List<String> words = vocabulary();
    final double[] law = zipf(words.size());
    final Random random;

    ZipfCorpus(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("queries")) {
            ZipfCorpus corpus = new ZipfCorpus(14);
            for (int i = Integer.parseInt(args[1]); i > 0; i--) {
                System.out.println(corpus.queryWord() + " " + corpus.queryWord());
            }
        } else {
            new ZipfCorpus(42).fill(args[1], Integer.parseInt(args[2]));
        }
    }

    static List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(FUNCTION_WORDS);
        words.addAll(BENCH_WORDS);
        Random random = new Random(7);
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return new ArrayList<>(words);
    }

    static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    String word() {
        int at = Arrays.binarySearch(law, random.nextDouble());
        return words.get(Math.min(law.length - 1, at < 0 ? -at - 1 : at));
    }

    /** What a reader types: any word but the function words, which the index leaves out anyway. */
    String queryWord() {
        String word;
        do {
            word = word();
        } while (FUNCTION_WORDS.contains(word));
        return word;
    }

    String identifier() {
        String first = queryWord(), second = queryWord();
        String joined = first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
        return random.nextBoolean() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    String sentence(int count) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sentence.append(i == 0 ? "" : " ").append(word());
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    /** A post of 3-5 KB: paragraphs, headings and code blocks; its Markdown and the HTML it renders to. */
    String[] post() {
        StringBuilder markdown = new StringBuilder(), html = new StringBuilder();
        int target = 3000 + random.nextInt(2000);
        for (int block = 0; markdown.length() < target; block++) {
            if (block % 4 == 3) {
                String heading = sentence(3 + random.nextInt(3));
                heading = heading.substring(0, heading.length() - 1);
                markdown.append("## ").append(heading).append("\n\n");
                html.append("<h2>").append(heading).append("</h2>\n");
            } else if (block % 6 == 5) {
                StringBuilder code = new StringBuilder();
                for (int line = 0; line < 3; line++) {
                    code.append("var ").append(identifier()).append(" = ").append(identifier()).append(".")
                            .append(identifier()).append("(").append(queryWord()).append(");\n");
                }
                markdown.append("```java\n").append(code).append("```\n\n");
                html.append("<pre><code class=\"language-java\">").append(code).append("</code></pre>\n");
            } else {
                StringBuilder paragraph = new StringBuilder();
                for (int i = 3 + random.nextInt(3); i > 0; i--) {
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence(8 + random.nextInt(12)));
                }
                markdown.append(paragraph).append("\n\n");
                html.append("<p>").append(paragraph).append("</p>\n");
            }
        }
        return new String[] {markdown.toString(), html.toString()};
    }

    /** The count of public posts Inkwell reads at start, kept as Inkwell's own writes keep it. */
    private static void keepPublicCount(Connection db) throws SQLException {
        try (Statement update = db.createStatement()) {
            update.executeUpdate("UPDATE PUBLIC_POST_COUNT SET POSTS = (SELECT COUNT(*) FROM ARTICLE"
                    + " WHERE STATUS = 'published') WHERE ID = 1");
        }
    }

    /** Adds posts, newest first going back a minute each, until the blog holds {@code count}. */
    void fill(String dataDir, int count) throws SQLException {
        System.setProperty("derby.stream.error.file", dataDir + "/derby-corpus.log");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + dataDir + "/db")) {
            db.setAutoCommit(false);
            int have;
            long oldest;
            try (Statement query = db.createStatement();
                 ResultSet row = query.executeQuery("SELECT COUNT(*), MIN(CREATED_AT) FROM ARTICLE")) {
                row.next();
                have = row.getInt(1);
                oldest = row.getTimestamp(2).getTime();
            }
            try (PreparedStatement article = db.prepareStatement("INSERT INTO ARTICLE (TITLE, SLUG, AUTHOR, EXCERPT,"
                    + " READING_MINUTES, VIEWS, CREATED_AT, UPDATED_AT, PUBLISHED_AT) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement body = db.prepareStatement(
                         "INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) VALUES (?, ?, ?)")) {
                for (int n = 1; have < count; have++, n++) {
                    String title = sentence(3 + random.nextInt(5));
                    title = title.substring(0, title.length() - 1);
                    String[] text = post();
                    Timestamp at = new Timestamp(oldest - n * 60_000L);
                    article.setString(1, title);
                    article.setString(2, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
                    article.setString(3, "Bench Writer " + (1 + random.nextInt(5)));
                    article.setString(4, text[0].substring(0, 200).replace('\n', ' '));
                    article.setInt(5, 1 + text[0].length() / 1200);
                    article.setTimestamp(6, at);
                    article.setTimestamp(7, at);
                    article.setTimestamp(8, at);
                    article.executeUpdate();
                    long id;
                    try (ResultSet key = article.getGeneratedKeys()) {
                        key.next();
                        id = key.getLong(1);
                    }
                    body.setLong(1, id);
                    body.setString(2, text[0]);
                    body.setString(3, text[1]);
                    body.executeUpdate();
                    if (n % 1000 == 0) {
                        db.commit();
                    }
                }
                keepPublicCount(db);
                db.commit();
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
            } catch (SQLException expected) { // XJ015: Derby says a clean shutdown so
            }
        }
    }
}
