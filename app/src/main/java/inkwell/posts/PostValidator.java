package inkwell.posts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;

/** Checks a draft against the limits, in code points so that emoji and accents count as one character. */
final class PostValidator {
    static final int MAX_TITLE = 150;
    static final int MAX_AUTHOR = 60;
    static final int MAX_CONTENT = 200_000;

    private PostValidator() {
    }

    /** Field name to message, in form order; empty when the draft can be saved. */
    static Map<String, String> validate(PostDraft draft, Instant now, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "title", draft.title(), "a title", MAX_TITLE);
        check(errors, "name", draft.author(), "your name", MAX_AUTHOR);
        check(errors, "content", draft.content().strip(), "some text", MAX_CONTENT);
        TagNames.problem(draft.tags()).ifPresent(problem -> errors.put("tags", problem));
        Optional<PostStatus> status = PostStatus.ofField(draft.status());
        if (status.isEmpty()) {
            errors.put("status", "Choose Save draft, Publish or Schedule.");
        } else if (status.get() == PostStatus.SCHEDULED) {
            PublishTime.problem(draft.publishAt(), now, zone).ifPresent(problem -> errors.put("publish_at", problem));
        }
        return errors;
    }

    /** What is wrong with a text alone (for a preview), or null. */
    static String contentProblem(String content) {
        return problem(content.strip(), "some text", MAX_CONTENT);
    }

    private static void check(Map<String, String> errors, String field, String value, String what, int max) {
        String problem = problem(value, what, max);
        if (problem != null) {
            errors.put(field, problem);
        }
    }

    private static String problem(String value, String what, int max) {
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            return "Please enter " + what + ".";
        }
        if (length > max) {
            return String.format("Please keep this to %,d characters (it has %,d).", max, length);
        }
        return null;
    }
}
