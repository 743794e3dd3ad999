package inkwell.transfer;

import inkwell.posts.FullPost;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Jekyll or Hugo site's folder. Jekyll: posts in {@code _posts/YYYY-MM-DD-slug.md} (date and slug from the name
 * unless the front matter says otherwise), {@code _drafts/} as drafts, {@code published: false} as a draft,
 * {@code categories} and {@code tags} as tags. Hugo: every Markdown file under {@code content/} but the section
 * pages ({@code _index.md}), {@code draft}, {@code tags} and {@code categories}, {@code slug}, {@code aliases} (their
 * last part kept as earlier slugs). Images anywhere in the site (Hugo's {@code static/} served at the root) come
 * too, and the posts' links to them are pointed at Inkwell's copies. Links are not followed.
 */
final class MarkdownFolderReader {
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.(md|markdown)");
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp");
    /** Built output and tools' folders: copies of what the source holds, or nothing of the writer's. */
    private static final Set<String> NOT_SOURCE = Set.of("_site", "public", "resources", "node_modules", ".git",
            "vendor", ".jekyll-cache");
    static final int MAX_DEPTH = 12;
    static final int MAX_IMAGES = 5_000;

    private MarkdownFolderReader() {
    }

    static boolean isJekyll(Path folder) {
        return Files.isDirectory(folder.resolve("_posts"), LinkOption.NOFOLLOW_LINKS);
    }

    static boolean isHugo(Path folder) {
        return Files.isDirectory(folder.resolve("content"), LinkOption.NOFOLLOW_LINKS);
    }

    static ImportPlan jekyll(Path folder, Instant now) throws IOException {
        ImportPlan plan = new ImportPlan("Jekyll site");
        plan.author = configAuthor(folder.resolve("_config.yml"));
        for (String posts : List.of("_posts", "_drafts")) {
            for (Path file : markdown(folder.resolve(posts))) {
                String origin = folder.relativize(file).toString();
                Matcher named = JEKYLL_NAME.matcher(file.getFileName().toString());
                boolean draftFolder = posts.equals("_drafts");
                if (!draftFolder && !named.matches()) {
                    plan.skip(origin, "a Jekyll post's file is named YYYY-MM-DD-slug.md");
                    continue;
                }
                try {
                    MarkdownFile md = MarkdownFile.read(file);
                    String slug = named.matches() ? named.group(2) : base(file);
                    Instant date = Dates.of(md.keys().get("date")).orElse(named.matches()
                            ? LocalDate.parse(named.group(1)).atStartOfDay().toInstant(ZoneOffset.UTC) : null);
                    List<String> tags = new ArrayList<>(md.list("categories", true));
                    tags.addAll(md.list("category", true));
                    tags.addAll(md.list("tags", true));
                    boolean draft = draftFolder || !md.flag("published", true) || md.flag("draft", false);
                    plan.posts.add(new SourcePost(origin, post(md, slug, draft, date, tags, List.of(), now)));
                } catch (MarkdownFile.Unreadable e) {
                    plan.skip(origin, e.getMessage());
                }
            }
        }
        images(folder, folder, plan);
        return plan;
    }

    static ImportPlan hugo(Path folder, Instant now) throws IOException {
        ImportPlan plan = new ImportPlan("Hugo site");
        for (Path file : markdown(folder.resolve("content"))) {
            String origin = folder.relativize(file).toString();
            String name = file.getFileName().toString();
            if (name.startsWith("_index.")) {
                continue; // a section's own page, not a post
            }
            try {
                MarkdownFile md = MarkdownFile.read(file);
                String slug = md.text("slug").isEmpty() ? (base(file).equals("index")
                        ? file.getParent().getFileName().toString() : base(file)) : md.text("slug");
                List<String> tags = new ArrayList<>(md.list("tags", false));
                tags.addAll(md.list("categories", false));
                List<String> oldSlugs = md.list("aliases", false).stream().map(MarkdownFolderReader::lastPart)
                        .filter(part -> !part.isEmpty()).toList();
                Instant date = Dates.of(md.keys().get("date")).or(() -> Dates.of(md.keys().get("publishDate")))
                        .orElse(null);
                plan.posts.add(new SourcePost(origin, post(md, slug, md.flag("draft", false), date, tags, oldSlugs,
                        now)));
            } catch (MarkdownFile.Unreadable e) {
                plan.skip(origin, e.getMessage());
            }
        }
        Path statics = folder.resolve("static");
        images(folder, Files.isDirectory(statics, LinkOption.NOFOLLOW_LINKS) ? statics : folder, plan);
        return plan;
    }

    /** Jekyll's {@code author} in {@code _config.yml}: a name, or a mapping with a {@code name}. */
    private static String configAuthor(Path config) {
        try {
            if (!Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS) || Files.size(config) > MarkdownFile.MAX_BYTES) {
                return "";
            }
            Object loaded = Yaml.safeLoader().load(MarkdownFile.utf8(Files.readAllBytes(config)));
            Object author = loaded instanceof java.util.Map<?, ?> keys ? keys.get("author") : null;
            if (author instanceof java.util.Map<?, ?> person) {
                author = person.get("name");
            }
            return author == null ? "" : String.valueOf(author).strip();
        } catch (IOException | MarkdownFile.Unreadable | RuntimeException unreadable) {
            return ""; // the site's configuration is a nicety here: the posts import without it
        }
    }

    private static FullPost post(MarkdownFile md, String slug, boolean draft, Instant date, List<String> tags,
                                 List<String> oldSlugs, Instant now) {
        String title = md.text("title").isEmpty() ? PostFields.titleOf(slug) : md.text("title");
        Instant updated = Dates.of(md.keys().get("lastmod")).or(() -> Dates.of(md.keys().get("last_modified_at")))
                .orElse(null);
        return PostFields.post(title, slug, md.text("author"), draft, date, updated, md.body(), tags, oldSlugs, now);
    }

    private static List<Path> markdown(Path folder) throws IOException {
        return files(folder, MARKDOWN);
    }

    /** Images under {@code root}, linked in the posts as their path from {@code servedFrom}. */
    private static void images(Path folder, Path servedFrom, ImportPlan plan) throws IOException {
        List<Path> found = files(servedFrom, IMAGES);
        if (found.size() > MAX_IMAGES) {
            plan.skip(String.format("%,d images", found.size() - MAX_IMAGES),
                    String.format("an import takes at most %,d images", MAX_IMAGES));
            found = found.subList(0, MAX_IMAGES);
        }
        for (Path file : found) {
            String linked = "/" + servedFrom.relativize(file).toString().replace('\\', '/');
            plan.images.add(new SourceImage(folder.relativize(file).toString(), file, linked));
        }
    }

    /** Regular files (no links followed) with one of the extensions, in name order, outside built output. */
    private static List<Path> files(Path folder, Set<String> extensions) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH, new FileVisitOption[0])) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> extensions.contains(extension(file)))
                    .filter(file -> notBuilt(folder.relativize(file)))
                    .sorted().toList();
        }
    }

    private static boolean notBuilt(Path relative) {
        for (Path part : relative) {
            if (NOT_SOURCE.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String lastPart(String alias) {
        String[] parts = alias.replaceAll("/+$", "").split("/");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }
}
