package inkwell.posts;

import inkwell.views.ViewStore;
import inkwell.storage.Database;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores and finds posts. Each call is one unit of work with its own EntityManager. The number of public posts is
 * kept in memory, read at start from the row every write that changes it keeps ({@link PublicPostCount}), never
 * counted on a read. Readers' lists hold public posts only, newest published first.
 */
final class PostRepository {
    private final Database database;
    private final AtomicLong count;

    PostRepository(Database database) {
        this.database = database;
        this.count = new AtomicLong(database.read(PublicPostCount::stored));
    }

    long count() {
        return count.get();
    }

    /**
     * A write that may change which posts are public, with the count kept in its transaction. Synchronized so that
     * counts are set in the order their writes committed (the writes themselves already run one at a time).
     */
    private synchronized <T> T writeCounting(Function<EntityManager, T> work) {
        long[] counted = new long[1];
        T result = database.write(em -> {
            T done = work.apply(em);
            counted[0] = PublicPostCount.recount(em);
            return done;
        });
        count.set(counted[0]);
        return result;
    }

    Optional<Post> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(Post.class, id)));
    }

    Optional<StoredPost> findWithBody(long id) {
        return database.read(em -> {
            Post post = em.find(Post.class, id);
            PostBody body = post == null ? null : em.find(PostBody.class, id);
            return body == null ? Optional.empty() : Optional.of(new StoredPost(post, body));
        });
    }

    List<Post> newest(int offset, int limit) {
        return database.read(em -> em.createQuery(PUBLIC_NEWEST, Post.class)
                .setParameter("published", PostStatus.PUBLISHED.value())
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** Drafts and scheduled posts, the last edited first. */
    List<Post> unpublished() {
        return database.read(em -> em.createQuery(
                        "SELECT p FROM Post p WHERE p.status <> :published ORDER BY p.updatedAt DESC, p.id DESC",
                        Post.class)
                .setParameter("published", PostStatus.PUBLISHED.value()).getResultList());
    }

    /** When the next scheduled post goes public, if one is waiting. */
    Optional<Instant> nextScheduled() {
        LocalDateTime next = database.read(em -> em.createQuery(
                        "SELECT MIN(p.publishedAt) FROM Post p WHERE p.status = :scheduled", LocalDateTime.class)
                .setParameter("scheduled", PostStatus.SCHEDULED.value()).getSingleResult());
        return Optional.ofNullable(next).map(at -> at.toInstant(ZoneOffset.UTC));
    }

    /**
     * Publishes every scheduled post whose time has come; the ids published. Asked every second, so it only
     * reads (through the status index) until something is due, and never takes the write lock for nothing.
     */
    List<Long> publishDue(Instant now) {
        if (database.read(em -> due(em, now)).isEmpty()) {
            return List.of();
        }
        return writeCounting(em -> {
            List<Post> due = due(em, now);
            // Published at its scheduled time, not at the moment this noticed it; a post edited meanwhile in the
            // same transaction's view is re-read here, so one saved back to draft is not published.
            due.forEach(post -> post.moveTo(PostStatus.PUBLISHED, null, post.publishedAt()));
            return due.stream().map(Post::id).toList();
        });
    }

    /** Newest first, with their bodies: what a feed shows in full. */
    List<StoredPost> newestWithBodies(int limit) {
        return database.read(em -> {
            List<Post> posts = em.createQuery(PUBLIC_NEWEST, Post.class)
                    .setParameter("published", PostStatus.PUBLISHED.value()).setMaxResults(limit).getResultList();
            return posts.stream().map(post -> new StoredPost(post, em.find(PostBody.class, post.id()))).toList();
        });
    }

    /** Every post's address and last change, newest first, without loading whole entities. */
    List<Object[]> addresses(int limit) {
        return database.read(em -> em.createQuery("SELECT p.id, p.slug, p.updatedAt FROM Post p "
                        + "WHERE p.status = :published ORDER BY p.publishedAt DESC, p.id DESC", Object[].class)
                .setParameter("published", PostStatus.PUBLISHED.value()).setMaxResults(limit).getResultList());
    }

    /** Bodies by post id, one query for the lot: the static site reads them a batch at a time. */
    Map<Long, PostBody> bodies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(em -> em.createQuery("SELECT b FROM PostBody b WHERE b.postId IN :ids", PostBody.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(PostBody::postId, body -> body)));
    }

    /** Up to {@code limit} posts of any status with an id above {@code afterId}, by id. */
    List<Post> after(long afterId, int limit) {
        return database.read(em -> em.createQuery("SELECT p FROM Post p WHERE p.id > :after ORDER BY p.id", Post.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList());
    }

    /** Every post's earlier slugs, by post id. */
    Map<Long, List<String>> oldSlugs() {
        return database.read(OldSlugs::all);
    }

    Map<Long, List<String>> oldPaths() {
        return database.read(OldPaths::all);
    }

    java.util.Set<String> oldPathsInUse() {
        return database.read(OldPaths::taken);
    }

    /** The post an address from another blog leads to, if it still exists. */
    Optional<Post> atOldPath(String path) {
        return database.read(em -> OldPaths.post(em, path).map(id -> em.find(Post.class, id)));
    }

    List<Post> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Creates the post with its first revision. A new post's form carries a key: when that key made a post
     * already (its autosave did, or the form was sent twice), that post is saved instead, so one form never
     * makes two posts. Looked up inside the write, which runs alone, so two racing sends find each other.
     */
    Post create(PostContent content, Map<String, String> tags, PostStatus status, Instant scheduledFor,
                Instant now, RevisionText text, String key) {
        return writeCounting(em -> {
            Optional<Post> made = madeBy(em, key);
            if (made.isPresent()) {
                change(em, made.get(), content, tags, status, scheduledFor, now, RevisionKind.MANUAL, text);
                return made.get();
            }
            return insert(em, content, tags, status, scheduledFor, now, key, RevisionKind.MANUAL, text).post();
        });
    }

    static Optional<Post> madeBy(EntityManager em, String key) {
        return key == null ? Optional.empty()
                : RevisionStore.postForKey(em, key).map(id -> em.find(Post.class, id));
    }

    /** A post written with its revision. */
    record Saved(Post post, Revision revision) {
    }

    /**
     * Inserts the post, its tags, its key (when its form had one) and its first revision. Statements first, the
     * large texts last: a statement flushes what is pending, and a full disk met by a flush mid-transaction is
     * reported as a stopped database; met at commit, it is reported as what it is.
     */
    static Saved insert(EntityManager em, PostContent content, Map<String, String> tags, PostStatus status,
                        Instant scheduledFor, Instant now, String key, RevisionKind kind, RevisionText text) {
        Post post = new Post(content, now);
        post.moveTo(status, scheduledFor, now);
        em.persist(post);
        em.flush(); // assigns the identity the body and the tags need
        TagStore.assign(em, post.id(), tags);
        if (key != null) {
            RevisionStore.rememberKey(em, key, post.id());
        }
        Revision revision = RevisionStore.record(em, post.id(), kind, text, now);
        em.persist(new PostBody(post.id(), content));
        return new Saved(post, revision);
    }

    /**
     * Inserts every post of an import, then whatever else the import writes ({@code alsoWrite}: the site's
     * settings), in ONE transaction: all of it is written, or none. The ids given, in order.
     */
    List<Long> insertAll(List<PostImport.Ready> posts, java.util.function.Consumer<EntityManager> alsoWrite) {
        return writeCounting(em -> {
            List<Long> written = new java.util.ArrayList<>();
            for (PostImport.Ready ready : posts) {
                FullPost post = ready.post();
                Saved saved = insert(em, ready.content(), ready.tags(), post.status(), post.publishedAt(),
                        post.updatedAt(), null, RevisionKind.MANUAL, ready.text());
                saved.post().dated(post.createdAt(), post.updatedAt(), post.publishedAt());
                for (String old : ready.oldSlugs()) {
                    OldSlugs.add(em, saved.post().id(), old);
                }
                for (String path : post.oldPaths()) {
                    OldPaths.add(em, saved.post().id(), path);
                }
                written.add(saved.post().id());
                if (written.size() % 100 == 0) { // thousands of posts are not all kept in memory
                    em.flush();
                    em.clear();
                }
            }
            alsoWrite.accept(em);
            return written;
        });
    }

    /** Every slug in use, by any post: an import renames the slugs it brings that clash with these. */
    java.util.Set<String> slugs() {
        return database.read(em -> new java.util.HashSet<>(em.createQuery("SELECT p.slug FROM Post p", String.class)
                .getResultList()));
    }

    /** Saves the post's text; {@code kind} says whether the writer saved it or restored an earlier revision. */
    Optional<Post> update(long id, PostContent content, Map<String, String> tags, PostStatus status,
                          Instant scheduledFor, Instant now, RevisionKind kind, RevisionText text) {
        return writeCounting(em -> {
            Post post = em.find(Post.class, id);
            if (post == null || em.find(PostBody.class, id) == null) {
                return Optional.empty();
            }
            change(em, post, content, tags, status, scheduledFor, now, kind, text);
            return Optional.of(post);
        });
    }

    /** As {@link #insert}: the statements (old slugs, tags, the revision's checks) before the large texts. */
    private static void change(EntityManager em, Post post, PostContent content, Map<String, String> tags,
                               PostStatus status, Instant scheduledFor, Instant now, RevisionKind kind,
                               RevisionText text) {
        PostBody body = em.find(PostBody.class, post.id());
        OldSlugs.moving(em, post.id(), post.slug(), content.slug());
        TagStore.assign(em, post.id(), tags);
        RevisionStore.record(em, post.id(), kind, text, now);
        post.apply(content, now);
        post.moveTo(status, scheduledFor, now);
        body.apply(content);
    }

    boolean delete(long id) {
        return writeCounting(em -> {
            Post post = em.find(Post.class, id);
            if (post == null) {
                return false;
            }
            ViewStore.deleteDailyViews(em, id);
            RevisionStore.delete(em, id);
            OldSlugs.delete(em, id);
            OldPaths.delete(em, id);
            TagStore.delete(em, id);
            PostBody body = em.find(PostBody.class, id);
            if (body != null) {
                em.remove(body);
                em.flush();
            }
            em.remove(post);
            return true;
        });
    }

    /** Each post's tags, for the posts asked. */
    Map<Long, List<Tag>> tagsOf(Collection<Long> ids) {
        return database.read(em -> TagStore.of(em, ids));
    }

    Map<Long, List<Tag>> publicTags() {
        return database.read(TagStore::ofPublic);
    }

    List<Tag> allTags() {
        return database.read(TagStore::all);
    }

    List<TagCount> publicTagCounts() {
        return database.read(TagStore::publicCounts);
    }

    Optional<Tag> tag(String slug) {
        return database.read(em -> TagStore.find(em, slug));
    }

    long publicCount(String slug) {
        return database.read(em -> TagStore.publicCount(em, slug));
    }

    List<Post> tagged(String slug, int offset, int limit) {
        return database.read(em -> TagStore.publicPosts(em, slug, offset, limit));
    }

    /** Every post (of any status) that carries one of the tags, by id. */
    List<Long> taggedIds(List<String> slugs) {
        return database.read(em -> TagStore.postIds(em, slugs));
    }

    Optional<String> renameTag(String slug, String name) {
        return database.write(em -> TagStore.rename(em, slug, name));
    }

    private static List<Post> due(EntityManager em, Instant now) {
        return em.createQuery("SELECT p FROM Post p WHERE p.status = :scheduled AND p.publishedAt <= :now", Post.class)
                .setParameter("scheduled", PostStatus.SCHEDULED.value())
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
    }

    private static final String PUBLIC_NEWEST =
            "SELECT p FROM Post p WHERE p.status = :published ORDER BY p.publishedAt DESC, p.id DESC";

    record StoredPost(Post post, PostBody body) {
    }
}
