package inkwell.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown file with front matter, as Hugo and Jekyll write them: YAML between {@code ---} lines, then the text.
 * Read strictly: a file that is not UTF-8, too large, with TOML front matter ({@code +++}, no TOML reader is on
 * Inkwell's classpath) or front matter that is not a YAML mapping is skipped with the reason.
 */
record MarkdownFile(Map<String, Object> keys, String body) {
    /** Far past the write form's 200,000 characters, so a long post is refused by the same rule as a typed one. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    static MarkdownFile read(Path file) throws Unreadable, IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new Unreadable(String.format("the file is larger than %,d MiB", MAX_BYTES >> 20));
        }
        return parse(utf8(Files.readAllBytes(file)));
    }

    /** The bytes as UTF-8 text; refused rather than guessed when they are not (a guess would garble the post). */
    static String utf8(byte[] bytes) throws Unreadable {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not UTF-8 text; save it as UTF-8 and import it again");
        }
    }

    static MarkdownFile parse(String raw) throws Unreadable {
        String text = raw.replace("\r\n", "\n");
        if (text.startsWith("+++\n")) {
            throw new Unreadable("TOML front matter (+++) is not read: Inkwell has no TOML reader; "
                    + "convert it to YAML (hugo convert toYAML) and import it again");
        }
        if (!text.startsWith("---\n")) {
            return new MarkdownFile(Map.of(), text);
        }
        int end = text.indexOf("\n---\n", 3);
        int bodyStart = end + 5;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            bodyStart = text.length();
        }
        if (end < 0) {
            throw new Unreadable("the front matter has no closing --- line");
        }
        String yaml = text.substring(4, end + 1);
        Object keys;
        try {
            keys = Yaml.safeLoader().load(yaml);
        } catch (YAMLException e) {
            throw new Unreadable("the front matter is not valid YAML (" + firstLine(e.getMessage()) + ")");
        }
        if (keys != null && !(keys instanceof Map)) {
            throw new Unreadable("the front matter is not a list of keys and values");
        }
        String body = text.substring(bodyStart);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = keys == null ? Map.of() : (Map<String, Object>) keys;
        return new MarkdownFile(map, body.startsWith("\n") ? body.substring(1) : body);
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    String text(String key) {
        Object value = keys.get(key);
        if (value instanceof java.util.List<?> list) {
            return list.isEmpty() ? "" : String.valueOf(list.get(0));
        }
        return value == null ? "" : String.valueOf(value).strip();
    }

    boolean flag(String key, boolean otherwise) {
        Object value = keys.get(key);
        if (value instanceof Boolean bool) {
            return bool;
        }
        return value == null ? otherwise : Boolean.parseBoolean(String.valueOf(value).strip());
    }

    /** A list key as strings: a YAML list, or one string of words separated by commas or spaces (Jekyll). */
    java.util.List<String> list(String key, boolean wordsBySpace) {
        Object value = keys.get(key);
        if (value == null) {
            return java.util.List.of();
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        String separator = wordsBySpace ? "[,\\s]+" : ",";
        return java.util.Arrays.stream(String.valueOf(value).split(separator)).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
    }
}
