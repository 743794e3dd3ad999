package inkwell.transfer;

import inkwell.media.MediaStore;
import inkwell.posts.EveryPost;
import inkwell.posts.FullPost;
import inkwell.site.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole blog as one zip that Hugo builds as it is: the site's settings, a Hugo configuration and layout, the
 * About page, one Markdown file with front matter per post (drafts and scheduled posts included) and the images. The same
 * blog always gives the same bytes: files in a fixed order (posts by number), times taken from the posts.
 */
public final class ExportArchive {
    /** The export's own format, read back by an import: a newer one is refused rather than half understood. */
    static final int FORMAT = 1;
    /** Zip times are local date-times: 1980-01-01, the earliest a zip holds, for the files that are no post's. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** File names stay well under the 255 bytes file systems allow, whatever script the slug is in. */
    private static final int MAX_NAME_BYTES = 120;

    private final SiteSettings settings;
    private final EveryPost posts;
    private final MediaStore media;

    public ExportArchive(SiteSettings settings, EveryPost posts, MediaStore media) {
        this.settings = settings;
        this.posts = posts;
        this.media = media;
    }

    /** Writes the zip; the number of posts in it. */
    public int write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(6);
            put(zip, "hugo.yaml", Yaml.dump(hugoConfig()), FIXED_TIME);
            put(zip, "data/inkwell/site.yaml", Yaml.dump(siteData()), FIXED_TIME);
            for (String name : HugoFiles.NAMES) {
                put(zip, name, HugoFiles.read(HugoFiles.ROOT + name), FIXED_TIME);
            }
            put(zip, "static/css/site.css", HugoFiles.read(HugoFiles.STYLESHEET), FIXED_TIME);
            put(zip, "content/posts/_index.md", "---\ntitle: All posts\n---\n", FIXED_TIME);
            if (!settings.about().isBlank()) {
                put(zip, "content/about.md", "---\ntitle: About\nurl: /about/\n---\n\n" + settings.about().strip() + "\n",
                        FIXED_TIME);
            }
            int count = 0;
            long after = 0;
            List<FullPost> batch;
            while (!(batch = posts.after(after)).isEmpty()) {
                for (FullPost post : batch) {
                    put(zip, "content/posts/" + fileName(post), FrontMatter.of(post),
                            LocalDateTime.ofInstant(post.updatedAt(), ZoneOffset.UTC));
                    after = post.id();
                    count++;
                }
            }
            // Hugo serves static/media/x at /media/x: the posts' image links work in the built site as they are.
            for (String name : media.fileNames()) {
                Optional<byte[]> bytes = media.bytes(name);
                if (bytes.isPresent()) { // deleted meanwhile: not in this export
                    put(zip, "static/media/" + name, bytes.get(), FIXED_TIME);
                }
            }
            return count;
        }
    }

    /** {@code 42-my-first-post.md}: the number keeps names apart (two posts may share a slug). */
    static String fileName(FullPost post) {
        String name = post.id() + "-" + post.slug();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_NAME_BYTES) {
            int end = MAX_NAME_BYTES;
            while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
                end--; // never cut a character in two
            }
            name = new String(bytes, 0, end, StandardCharsets.UTF_8);
        }
        return name + ".md";
    }

    private Map<String, Object> hugoConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("baseURL", settings.publicAddress().map(address -> address.base()).orElse("/"));
        config.put("title", settings.title());
        config.put("languageCode", settings.language());
        config.put("paginate", settings.postsPerPage());
        config.put("taxonomies", Map.of("tag", "tags"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("description", settings.description());
        params.put("author", settings.author());
        config.put("params", params);
        return config;
    }

    private Map<String, Object> siteData() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("format", FORMAT);
        site.put("title", settings.title());
        site.put("description", settings.description());
        site.put("author", settings.author());
        site.put("public_address", settings.publicAddress().map(address -> address.base()).orElse(""));
        site.put("language", settings.language());
        site.put("posts_per_page", settings.postsPerPage());
        return site;
    }

    private static void put(ZipOutputStream zip, String name, String text, LocalDateTime time) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8), time);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
