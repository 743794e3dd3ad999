package inkwell.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A Ghost 5 JSON export ({@code db[0].data.posts/tags/posts_tags/users/posts_authors}); another major version is
 * refused. A post's {@code html} is its text (Lexical and Mobiledoc are Ghost's own editor formats, not read): it is
 * cleaned with jsoup's relaxed safelist and kept as HTML inside the Markdown, which Inkwell renders and sanitizes
 * as any post (no HTML-to-Markdown converter is on the classpath). Pages are skipped: Inkwell has posts and one
 * About page. Read with Jackson within limits: {@value #MAX_BYTES} bytes, nesting and string lengths bounded.
 */
final class GhostReader {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(8 * 1024 * 1024).maxNumberLength(100).maxDocumentLength(MAX_BYTES).build())
            .build());

    private GhostReader() {
    }

    /** Whether the file holds JSON (its first character that is not white space is a brace). */
    static boolean isJson(Path file) throws IOException {
        return Imports.firstCharacter(file) == '{';
    }

    static ImportPlan read(Path file, Instant now) throws ImportRefused, IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportRefused(String.format("The Ghost export is larger than %,d MiB, the most Inkwell reads.",
                    MAX_BYTES >> 20));
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ImportRefused("This JSON file cannot be read (" + e.getOriginalMessage() + ").");
        }
        JsonNode db = root == null ? null : root.path("db").path(0);
        if (db == null || db.isMissingNode() || !db.path("data").isObject()) {
            throw new ImportRefused("This JSON file is not a Ghost export (it has no db[0].data).");
        }
        String version = db.path("meta").path("version").asText("");
        if (!version.startsWith("5.")) {
            throw new ImportRefused("This Ghost export is from Ghost " + (version.isEmpty() ? "of an unknown version"
                    : version) + "; Inkwell reads exports of Ghost 5. Export again from Ghost 5, or update Ghost.");
        }
        JsonNode data = db.path("data");
        Map<String, String> tagNames = names(data.path("tags"), "name");
        Map<String, String> userNames = names(data.path("users"), "name");
        Map<String, List<String>> tags = links(data.path("posts_tags"), "tag_id", tagNames);
        Map<String, List<String>> authors = links(data.path("posts_authors"), "author_id", userNames);
        ImportPlan plan = new ImportPlan("Ghost " + version + " export");
        for (JsonNode post : data.path("posts")) {
            String id = post.path("id").asText();
            String title = post.path("title").asText("");
            String origin = "post " + id;
            if (post.path("type").asText("post").equals("page")) {
                plan.skip(origin + " (" + title + ")", "a Ghost page: Inkwell imports posts (its About page is "
                        + "in Settings)");
                continue;
            }
            String html = post.path("html").asText("");
            if (html.isBlank()) {
                plan.skip(origin + " (" + title + ")", "no HTML in the export (only Ghost's own Lexical or "
                        + "Mobiledoc), which Inkwell does not read");
                continue;
            }
            String status = post.path("status").asText("draft");
            List<String> names = authors.getOrDefault(id, List.of());
            String author = !names.isEmpty() ? names.get(0) : userNames.getOrDefault(post.path("author_id").asText(),
                    "");
            Instant published = Dates.of(text(post, "published_at")).orElse(null);
            Instant updated = Dates.of(text(post, "updated_at")).orElse(null);
            plan.posts.add(new SourcePost(origin, PostFields.post(title, post.path("slug").asText(""), author,
                    status.equals("draft"), published, updated, Jsoup.clean(html, Safelist.relaxed()) + "\n",
                    tags.getOrDefault(id, List.of()), List.of(), now)));
        }
        return plan;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isTextual() ? value.asText() : null;
    }

    private static Map<String, String> names(JsonNode rows, String field) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode row : rows) {
            names.put(row.path("id").asText(), row.path(field).asText(""));
        }
        return names;
    }

    /** Each post's tags or authors in their {@code sort_order}. */
    private static Map<String, List<String>> links(JsonNode rows, String field, Map<String, String> names) {
        List<JsonNode> sorted = new ArrayList<>();
        rows.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparingInt(row -> row.path("sort_order").asInt(0)));
        Map<String, List<String>> linked = new HashMap<>();
        for (JsonNode row : sorted) {
            String name = names.get(row.path(field).asText());
            if (name != null && !name.isBlank()) {
                linked.computeIfAbsent(row.path("post_id").asText(), post -> new ArrayList<>()).add(name);
            }
        }
        return linked;
    }
}
