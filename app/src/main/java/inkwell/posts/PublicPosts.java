package inkwell.posts;

import inkwell.storage.Database;
import inkwell.web.http.Routes;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The posts a reader may see, as outside readers (the search index) take them: one at a time after a write,
 * or all of them a batch at a time for a rebuild. {@link #PUBLIC} is the one predicate that says which posts
 * are public; drafts and scheduled posts only need to narrow it here.
 */
public final class PublicPosts {
    /** JPQL over {@code Post p}: published posts only; drafts and scheduled posts are the writer's. */
    static final String PUBLIC = "p.status = 'published'";

    private final Database database;

    public PublicPosts(Database database) {
        this.database = database;
    }

    /** Empty when there is no such post or it is not public: a reader must not find it. */
    public Optional<PublishedPost> find(long id) {
        return database.read(em -> em.createQuery("SELECT p, b FROM Post p, PostBody b WHERE b.postId = p.id"
                        + " AND p.id = :id AND " + PUBLIC, Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst().map(PublicPosts::published));
    }

    /**
     * Up to {@code limit} public posts with an id above {@code afterId}, by id: a rebuild walks them all. The ids
     * come first, along the key's index; joined with the bodies in one query, Derby read every body for each
     * batch (10,000 posts took minutes).
     */
    public List<PublishedPost> after(long afterId, int limit) {
        return database.read(em -> {
            List<Long> ids = em.createQuery("SELECT p.id FROM Post p WHERE p.id > :after AND " + PUBLIC
                    + " ORDER BY p.id", Long.class).setParameter("after", afterId).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            return em.createQuery("SELECT p, b FROM Post p, PostBody b WHERE b.postId = p.id AND p.id IN :ids"
                            + " ORDER BY p.id", Object[].class).setParameter("ids", ids).getResultList().stream()
                    .map(PublicPosts::published).toList();
        });
    }

    /** The tags' names of each of the posts asked, by post id (a post without tags is absent). */
    public Map<Long, List<String>> tagNames(Collection<Long> ids) {
        Map<Long, List<String>> names = new TreeMap<>();
        database.read(em -> TagStore.of(em, ids)).forEach((id, tags) ->
                names.put(id, tags.stream().map(Tag::name).toList()));
        return names;
    }

    /**
     * A summary that changes with every write to the public posts (a create raises the largest id, an edit the
     * latest change, a delete the count) and to the tags (a rename or a merge changes no post's row, so the
     * links are counted and the names summed up): an index that holds another one is behind the database.
     */
    public String fingerprint() {
        return database.readBetweenWrites(em -> {
            Object[] row = em.createQuery("SELECT COUNT(p), MAX(p.id), MAX(p.updatedAt) FROM Post p WHERE "
                    + PUBLIC, Object[].class).getSingleResult();
            LocalDateTime latest = (LocalDateTime) row[2];
            Object links = em.createNativeQuery("SELECT COUNT(*) FROM POST_TAG").getSingleResult();
            CRC32 names = new CRC32();
            for (Object name : em.createNativeQuery("SELECT NAME FROM TAG ORDER BY ID").getResultList()) {
                names.update(((String) name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return row[0] + "/" + row[1] + "/" + (latest == null ? "-" : latest.toString()) + "/" + links + "/"
                    + Long.toHexString(names.getValue());
        });
    }

    private static PublishedPost published(Object[] row) {
        Post post = (Post) row[0];
        PostBody body = (PostBody) row[1];
        return new PublishedPost(post.id(), post.title(), Routes.post(post.id(), post.slug()), post.author(),
                post.excerpt(), body.html(), post.publishedAt(), post.updatedAt());
    }
}
