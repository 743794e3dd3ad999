package inkwell.posts;

import inkwell.markdown.MarkdownRenderer;
import inkwell.markdown.MarkdownTooComplex;
import inkwell.markdown.RenderedMarkdown;
import inkwell.storage.Database;
import inkwell.storage.StorageFailure;
import inkwell.web.http.HttpError;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history's use cases: autosave (a revision only: never publishes, never changes what readers see), the
 * unsaved text a reopened editor offers, and restoring a revision (itself a new revision). Manual saves record
 * their revisions in {@link Posts}, in the same transaction as the post.
 */
public final class Revisions {
    /** Autosaves: a burst of 30, then one a second (one tab autosaves every few seconds at most). */
    static final int AUTOSAVE_BURST = 30;
    /** New posts made by autosave: 10 at once, then one every 30 seconds. */
    static final int NEW_POST_BURST = 10;

    private final RevisionRepository repository;
    private final Posts posts;
    private final Clock clock;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final AutosaveRate autosaves;
    private final AutosaveRate newPosts;

    public Revisions(Database database, Posts posts, Clock clock) {
        this.repository = new RevisionRepository(database);
        this.posts = posts;
        this.clock = clock;
        this.autosaves = new AutosaveRate(clock, AUTOSAVE_BURST, Duration.ofSeconds(1));
        this.newPosts = new AutosaveRate(clock, NEW_POST_BURST, Duration.ofSeconds(30));
    }

    /**
     * A new post's autosave: the first with this key makes the post, as a draft whose text is what was typed
     * (fitted to the post's limits where it overflows them: the revision keeps it all), the later ones add
     * revisions to it.
     */
    RevisionRepository.Autosaved autosaveNew(String key, PostDraft draft) throws StorageFailure {
        RevisionLimits.check(draft);
        pace(autosaves);
        RevisionText text = RevisionText.of(draft);
        PostDraft fitted = RevisionLimits.fitForDraft(draft);
        // Only a key that made no post yet costs a new post.
        if (repository.postForKey(key).isEmpty()) {
            pace(newPosts);
        }
        RevisionRepository.Autosaved saved = repository.autosaveNew(key, PostContent.of(fitted, render(fitted)),
                TagNames.problem(fitted.tags()).isEmpty() ? TagNames.bySlug(fitted.tags()) : Map.of(),
                text, clock.instant());
        if (saved.created()) {
            posts.noticeNewDraft(saved.post().id());
        }
        return saved;
    }

    /** An existing post's autosave; empty when there is no such post (deleted in another tab, say). */
    Optional<RevisionRepository.Autosaved> autosave(long id, PostDraft draft) throws StorageFailure {
        RevisionLimits.check(draft);
        pace(autosaves);
        return repository.autosave(id, RevisionText.of(draft), clock.instant());
    }

    /**
     * The text typed after the post's last manual save, when there is some: the newest revision if it is an
     * autosave the writer did not discard and it says something the post does not.
     */
    Optional<Revision> unsaved(long id, PostDraft stored) {
        return repository.newestRevision(id).filter(newest -> newest.kind() == RevisionKind.AUTOSAVE
                && !newest.dismissed() && !newest.text().sameAs(RevisionText.of(stored)));
    }

    /** The newest revision's time, or empty: the editor compares it with the copy its browser keeps. */
    Optional<java.time.Instant> newestSave(long id) {
        return repository.newestRevision(id).map(Revision::savedAt);
    }

    void discardUnsaved(long id) throws StorageFailure {
        repository.dismissUnsaved(id);
    }

    List<Object[]> history(long id) {
        return repository.history(id);
    }

    Optional<Revision> revision(long id, long revisionId) {
        return repository.revision(id, revisionId);
    }

    /**
     * Makes the revision the post's text again, as a new revision of its own; the post keeps its status (a
     * restore never publishes). Empty when the revision's text cannot be saved as it is (an autosave of a form
     * half filled): the editor then opens with it, for the writer to finish.
     */
    Optional<Post> restore(Post post, Revision revision) throws StorageFailure {
        RevisionText text = revision.text();
        // A scheduled post keeps its time when the revision has none (one saved while it was a draft).
        String publishAt = text.publishAt().isBlank() && post.status() == PostStatus.SCHEDULED
                ? posts.editable(post, "").publishAt() : text.publishAt();
        PostDraft draft = new PostDraft(text.title(), text.author(), text.content(), post.status().value(),
                publishAt, text.tags());
        if (!posts.problems(draft).isEmpty()) {
            return Optional.empty();
        }
        return posts.update(post.id(), draft, RevisionKind.RESTORE);
    }

    private RenderedMarkdown render(PostDraft draft) {
        try {
            return markdown.render(draft.content());
        } catch (MarkdownTooComplex e) {
            // A draft is read by nobody; the manual save that publishes it renders it again, within the budget.
            return new RenderedMarkdown("", "", "");
        }
    }

    private static void pace(AutosaveRate rate) {
        if (!rate.take()) {
            throw tooMany(rate);
        }
    }

    private static HttpError tooMany(AutosaveRate rate) {
        return new TooManyAutosaves(rate.secondsToWait());
    }

    /** 429, with the seconds to wait for a Retry-After header. */
    static final class TooManyAutosaves extends HttpError {
        private final long retryAfter;

        TooManyAutosaves(long retryAfter) {
            super(429, "Too many autosaves at once: Inkwell takes about one a second. Your text is kept in this "
                    + "page; it is saved again in a moment.");
            this.retryAfter = retryAfter;
        }

        long retryAfter() {
            return retryAfter;
        }
    }
}
