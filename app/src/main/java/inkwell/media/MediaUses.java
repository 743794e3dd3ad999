package inkwell.media;

import inkwell.posts.Post;
import inkwell.storage.Database;
import inkwell.web.http.Routes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Which posts (drafts and scheduled ones too) show which stored images, found in their Markdown: the Markdown is
 * what the writer controls, and an image only linked from it is still in use. Only posts that mention
 * {@code /media/} at all are read.
 */
final class MediaUses {
    private final Database database;

    MediaUses(Database database) {
        this.database = database;
    }

    /** For each image hash, the posts that use it, in post order. */
    Map<String, List<MediaPage.User>> byHash() {
        return database.read(em -> {
            Map<String, List<MediaPage.User>> uses = new HashMap<>();
            List<Object[]> bodies = em.createQuery(
                    "SELECT b.postId, b.markdown FROM PostBody b WHERE b.markdown LIKE :media", Object[].class)
                    .setParameter("media", "%/media/%").getResultList();
            for (Object[] body : bodies) {
                Post post = em.find(Post.class, body[0]);
                if (post == null) {
                    continue;
                }
                MediaPage.User user = new MediaPage.User(post.title(), Routes.edit(post.id()));
                Matcher names = MediaName.IN_TEXT.matcher((String) body[1]);
                while (names.find()) {
                    MediaName.parse(names.group(1)).ifPresent(name -> {
                        List<MediaPage.User> users = uses.computeIfAbsent(name.hash(), hash -> new ArrayList<>());
                        if (!users.contains(user)) {
                            users.add(user);
                        }
                    });
                }
            }
            return uses;
        });
    }

    List<MediaPage.User> of(MediaName name) {
        return byHash().getOrDefault(name.hash(), List.of());
    }
}
