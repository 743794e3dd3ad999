package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.web.http.Routes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renamed post's earlier slugs are kept (POST_OLD_SLUG), renaming back forgets one, deleting forgets all. */
class OldSlugsTest {

    @Test
    void renamesAreRememberedUntilThePostGoes(@TempDir Path dataDir) throws Exception {
        try (ScratchPosts blog = ScratchPosts.open(dataDir, Instant.parse("2026-03-01T09:00:00Z"))) {
            Post post = blog.create("First name", "Ada", "Text.");
            Post other = blog.create("Another post", "Ada", "Text.");
            blog.update(post.id(), "Second name", "Ada", "Text.");
            blog.update(post.id(), "Third name", "Ada", "Text, edited.");
            blog.update(post.id(), "Third name", "Ada", "Only the text changed.");
            assertEquals(List.of("first-name", "second-name"), oldSlugs(blog, post.id()));
            blog.update(post.id(), "First name", "Ada", "Back to the first name.");
            assertEquals(List.of("second-name", "third-name"), oldSlugs(blog, post.id()),
                    "the current slug is no old address");
            blog.update(other.id(), "Another name", "Ada", "Text.");
            blog.delete(post.id());
            try (Connection derby = DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("db"));
                 Statement statement = derby.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT ARTICLE_ID, SLUG FROM POST_OLD_SLUG")) {
                rows.next();
                assertEquals(List.of(other.id(), "another-post"), List.of(rows.getLong(1), rows.getString(2)));
                assertEquals(false, rows.next(), "the deleted post's old slugs went with it");
            }
        }
    }

    private static List<String> oldSlugs(ScratchPosts blog, long id) {
        return blog.posts.published().oldAddresses().stream()
                .filter(old -> old.path().startsWith(Routes.postById(id) + "/"))
                .map(old -> old.path().substring(old.path().lastIndexOf('/') + 1)).toList();
    }
}
