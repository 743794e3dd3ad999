package inkwell.posts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a post stands: a draft (saved, seen by nobody but its writer), scheduled (goes public by itself at its
 * time) or published. The stored and submitted names are the lower-case ones.
 */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a form field names; empty for anything else. An absent field means publish, as it always did. */
    static Optional<PostStatus> ofField(String field) {
        if (field == null || field.isBlank()) {
            return Optional.of(PUBLISHED);
        }
        return Arrays.stream(values()).filter(status -> status.value().equals(field.strip())).findFirst();
    }

    static PostStatus ofStored(String stored) {
        return Arrays.stream(values()).filter(status -> status.value().equals(stored)).findFirst().orElse(DRAFT);
    }
}
