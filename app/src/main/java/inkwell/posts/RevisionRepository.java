package inkwell.posts;

import inkwell.storage.Database;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and finds revisions and autosaves, each call one unit of work (see {@link RevisionStore} for the
 * statements, which manual saves run inside {@link PostRepository}'s own writes).
 */
final class RevisionRepository {
    private final Database database;

    RevisionRepository(Database database) {
        this.database = database;
    }

    /**
     * A new post's autosave: the first one with a key creates the post as a draft (never public), the later
     * ones add revisions to it. The revision written, and whether the post was created.
     */
    Autosaved autosaveNew(String key, PostContent content, Map<String, String> tags, RevisionText text,
                          Instant now) {
        return database.write(em -> {
            Optional<Post> made = PostRepository.madeBy(em, key);
            if (made.isPresent()) {
                return new Autosaved(made.get(), RevisionStore.record(em, made.get().id(), RevisionKind.AUTOSAVE,
                        text, now), false);
            }
            PostRepository.Saved saved = PostRepository.insert(em, content, tags, PostStatus.DRAFT, null, now, key,
                    RevisionKind.AUTOSAVE, text);
            return new Autosaved(saved.post(), saved.revision(), true);
        });
    }

    /** An existing post's autosave: a revision only, whatever the post's status; empty when there is no post. */
    Optional<Autosaved> autosave(long id, RevisionText text, Instant now) {
        return database.write(em -> Optional.ofNullable(em.find(Post.class, id)).map(post ->
                new Autosaved(post, RevisionStore.record(em, id, RevisionKind.AUTOSAVE, text, now), false)));
    }

    Optional<Long> postForKey(String key) {
        return database.read(em -> RevisionStore.postForKey(em, key));
    }

    record Autosaved(Post post, Revision revision, boolean created) {
    }

    /** The post's history, newest first (see {@link RevisionStore#history}). */
    List<Object[]> history(long id) {
        return database.read(em -> RevisionStore.history(em, id));
    }

    Optional<Revision> revision(long id, long revisionId) {
        return database.read(em -> RevisionStore.find(em, id, revisionId));
    }

    Optional<Revision> newestRevision(long id) {
        return database.read(em -> RevisionStore.newest(em, id));
    }

    void dismissUnsaved(long id) {
        database.write(em -> {
            RevisionStore.dismissUnsaved(em, id);
            return null;
        });
    }
}
