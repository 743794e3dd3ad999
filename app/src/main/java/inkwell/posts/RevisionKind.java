package inkwell.posts;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a revision exists: the writer saved the form, the editor saved the text while it was typed, or an earlier
 * revision was restored. Manual saves and restores are kept for good; autosaves are thinned as they age
 * ({@link RevisionThinning}).
 */
public enum RevisionKind {
    MANUAL("Saved"), AUTOSAVE("Autosaved"), RESTORE("Restored");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RevisionKind ofStored(String stored) {
        return Arrays.stream(values()).filter(kind -> kind.value().equals(stored)).findFirst().orElse(MANUAL);
    }
}
