package inkwell.transfer;

import inkwell.posts.FullPost;
import inkwell.posts.OldAddresses;
import inkwell.posts.PostStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post as a Markdown file with YAML front matter, in the keys Hugo and Jekyll both read: {@code title},
 * {@code date} (when it was or will be published; a draft's last edit), {@code lastmod}, {@code draft},
 * {@code tags}, {@code author}, {@code slug}, {@code url} (the address it has in Inkwell, so links keep working)
 * and {@code aliases} (its number alone, its earlier slugs and the addresses it had on the blog it came from,
 * which Hugo turns into redirect pages; WordPress's {@code ?p=123} as {@code wordpress_id}). A
 * scheduled post is not a draft and has a date to come, which Hugo leaves out until then, as Inkwell does.
 */
final class FrontMatter {
    /** WordPress's {@code /?p=123}: a query Hugo cannot make a page for, so it is kept as a number. */
    static final String WORDPRESS_ID = "wordpress_id";
    private static final String WORDPRESS_NUMBER = OldAddresses.byNumber("");

    private FrontMatter() {
    }

    static String of(FullPost post) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("title", post.title());
        keys.put("date", iso(post.publishedAt() != null ? post.publishedAt() : post.updatedAt()));
        keys.put("lastmod", iso(post.updatedAt()));
        keys.put("draft", post.status() == PostStatus.DRAFT);
        keys.put("author", post.author());
        keys.put("slug", post.slug());
        keys.put("url", address(post.id(), post.slug()));
        if (!post.tags().isEmpty()) {
            keys.put("tags", post.tags());
        }
        List<String> aliases = new ArrayList<>();
        aliases.add("/posts/" + post.id() + "/");
        post.oldSlugs().forEach(old -> aliases.add(address(post.id(), old)));
        List<Long> numbers = new ArrayList<>();
        for (String path : post.oldPaths()) {
            if (path.startsWith(WORDPRESS_NUMBER)) {
                numbers.add(Long.valueOf(path.substring(WORDPRESS_NUMBER.length())));
            } else {
                aliases.add(path);
            }
        }
        keys.put("aliases", aliases);
        if (!numbers.isEmpty()) {
            keys.put(WORDPRESS_ID, numbers.size() == 1 ? numbers.get(0) : numbers);
        }
        String markdown = post.markdown().endsWith("\n") ? post.markdown() : post.markdown() + "\n";
        return "---\n" + Yaml.dump(keys) + "---\n\n" + markdown;
    }

    static String address(long id, String slug) {
        return "/posts/" + id + "/" + slug + "/";
    }

    /** Seconds are enough, and the same instant always prints the same way. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
