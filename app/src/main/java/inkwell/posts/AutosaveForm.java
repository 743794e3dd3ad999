package inkwell.posts;

import inkwell.web.http.Routes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What the write form needs for autosave: where to send the text, the new post's key (one form, one post, however
 * often it autosaves or is sent), the time of the post's newest revision (the browser offers its own copy only when
 * it is newer), and the unsaved text the server has to offer, or the note that it was restored into the form.
 */
public record AutosaveForm(String url, String key, Long postId, Instant newestSave, Offer unsaved,
                           Instant restoredFrom) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_SHAPE = "[A-Za-z0-9_-]{16,64}";

    /** Unsaved text on the server: when it was typed, and the buttons' addresses. */
    public record Offer(long revisionId, Instant savedAt, String discardPath) {
    }

    /** A new post's form, with its key: the one it was sent with when it comes back, else a fresh one. */
    static AutosaveForm forNew(String submittedKey) {
        return new AutosaveForm(Routes.AUTOSAVE_NEW, validKey(submittedKey).orElseGet(AutosaveForm::newKey), null,
                null, null, null);
    }

    static AutosaveForm forPost(long id, Instant newestSave) {
        return new AutosaveForm(Routes.autosave(id), "", id, newestSave, null, null);
    }

    AutosaveForm offering(Offer offer) {
        return new AutosaveForm(url, key, postId, newestSave, offer, restoredFrom);
    }

    AutosaveForm restoredFrom(Instant savedAt) {
        return new AutosaveForm(url, key, postId, newestSave, null, savedAt);
    }

    /** Where the browser keeps its own copy: by post, or by key for a post not made yet. */
    public String storageKey() {
        return postId != null ? "post:" + postId : "new";
    }

    /** Milliseconds since the epoch, for the script; 0 when nothing is saved yet. */
    public long newestSaveMillis() {
        return newestSave == null ? 0 : newestSave.toEpochMilli();
    }

    public String historyPath() {
        return postId == null ? null : Routes.revisions(postId);
    }

    /** The key as sent, when it has the shape of one this form issued. */
    static Optional<String> validKey(String submitted) {
        return Optional.ofNullable(submitted).map(String::strip).filter(key -> key.matches(KEY_SHAPE));
    }

    private static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
