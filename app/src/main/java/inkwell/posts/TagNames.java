package inkwell.posts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write form's {@code tags} field: names separated by commas. Two names with the same slug are one tag, the
 * first spelling kept; blanks between commas are ignored. Lengths are in code points, like the other fields.
 */
final class TagNames {
    static final int MAX_TAGS = 10;
    static final int MAX_LENGTH = 40;

    private TagNames() {
    }

    /** The distinct tags of a field, by slug, in the order typed; only meaningful once {@link #problem} is empty. */
    static Map<String, String> bySlug(String field) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String name : names(field)) {
            tags.putIfAbsent(Slugs.slugify(name), name);
        }
        return tags;
    }

    /** What is wrong with the field, or empty when it can be saved. */
    static Optional<String> problem(String field) {
        List<String> names = names(field);
        for (String name : names) {
            int length = name.codePointCount(0, name.length());
            if (length > MAX_LENGTH) {
                return Optional.of(String.format("Please keep each tag to %d characters (\"%s…\" has %d).",
                        MAX_LENGTH, name.substring(0, name.offsetByCodePoints(0, 20)), length));
            }
            if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return Optional.of("A tag needs a letter or a digit (\"" + name + "\" has none).");
            }
        }
        int distinct = bySlug(field).size();
        if (distinct > MAX_TAGS) {
            return Optional.of(String.format("Please use at most %d tags (there are %d).", MAX_TAGS, distinct));
        }
        return Optional.empty();
    }

    /** One name, checked the same way (renaming a tag on the tags page). */
    static Optional<String> nameProblem(String name) {
        if (name.isBlank()) {
            return Optional.of("Please enter the tag's new name.");
        }
        if (name.contains(",")) {
            return Optional.of("A tag's name cannot hold a comma: commas separate tags.");
        }
        return problem(name);
    }

    /** Whitespace runs become one space, so "  code   review " and "code review" are written alike. */
    private static List<String> names(String field) {
        List<String> names = new ArrayList<>();
        for (String part : field.split(",")) {
            String name = normalized(part);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
