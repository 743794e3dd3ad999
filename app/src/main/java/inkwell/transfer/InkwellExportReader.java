package inkwell.transfer;

import inkwell.posts.OldAddresses;
import inkwell.site.PublicAddress;
import inkwell.site.SiteSettings;
import inkwell.web.http.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an unzipped Inkwell export back ({@link ExportArchive} is its mirror): the site's settings from
 * {@code data/inkwell/site.yaml} (refused when its format is newer than this Inkwell's), the About page, the posts in
 * the order of their numbers (so an empty blog gives them the same numbers back) and the images.
 */
final class InkwellExportReader {
    static final String SITE = "data/inkwell/site.yaml";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,18})-.*\\.md");
    private static final Pattern OLD_ADDRESS = Pattern.compile("/posts/\\d+/([^/]+)/");

    private InkwellExportReader() {
    }

    static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(SITE), LinkOption.NOFOLLOW_LINKS);
    }

    static ImportPlan read(Path folder, Instant now) throws ImportRefused, IOException {
        ImportPlan plan = new ImportPlan("Inkwell export");
        SiteSettings site = site(folder);
        plan.site = Optional.of(site);
        for (Path file : posts(folder.resolve("content/posts"))) {
            String origin = "content/posts/" + file.getFileName();
            try {
                plan.posts.add(new SourcePost(origin, post(MarkdownFile.read(file), site.author(), now)));
            } catch (MarkdownFile.Unreadable e) {
                plan.skip(origin, e.getMessage());
            }
        }
        Path media = folder.resolve("static/media");
        if (Files.isDirectory(media, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(media)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        plan.images.add(new SourceImage(name, file, "/media/" + name));
                    }
                }
            }
        }
        return plan;
    }

    private static SiteSettings site(Path folder) throws ImportRefused, IOException {
        Map<String, Object> data;
        try {
            Object loaded = Yaml.safeLoader().load(MarkdownFile.utf8(Files.readAllBytes(folder.resolve(SITE))));
            if (!(loaded instanceof Map<?, ?>)) {
                throw new ImportRefused(SITE + " is not the settings file an Inkwell export holds.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) loaded;
            data = map;
        } catch (MarkdownFile.Unreadable | org.yaml.snakeyaml.error.YAMLException e) {
            throw new ImportRefused(SITE + " cannot be read: " + e.getMessage());
        }
        if (!(data.get("format") instanceof Integer format) || format < 1) {
            throw new ImportRefused(SITE + " says no format number; this is not an Inkwell export it can read.");
        }
        if (format > ExportArchive.FORMAT) {
            throw new ImportRefused("This export was made by a newer Inkwell (export format " + format
                    + "); this Inkwell reads format " + ExportArchive.FORMAT + ". Update Inkwell, then import it.");
        }
        SiteSettings defaults = SiteSettings.defaults();
        Optional<PublicAddress> address;
        try {
            address = PublicAddress.parse(text(data, "public_address", ""));
        } catch (PublicAddress.InvalidAddress e) {
            address = Optional.empty();
        }
        int perPage = data.get("posts_per_page") instanceof Integer n && n >= 1 && n <= 100 ? n
                : defaults.postsPerPage();
        return new SiteSettings(text(data, "title", defaults.title()), text(data, "description", ""),
                text(data, "author", ""), address, text(data, "language", defaults.language()), perPage,
                about(folder.resolve("content/about.md")));
    }

    private static String about(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try {
            return MarkdownFile.read(file).body().strip();
        } catch (MarkdownFile.Unreadable e) {
            return "";
        }
    }

    private static String text(Map<String, Object> data, String key, String otherwise) {
        Object value = data.get(key);
        return value == null ? otherwise : String.valueOf(value);
    }

    private static List<Path> posts(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> NUMBERED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(InkwellExportReader::number)
                            .thenComparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    private static long number(Path file) {
        Matcher matcher = NUMBERED.matcher(file.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }

    private static inkwell.posts.FullPost post(MarkdownFile file, String siteAuthor, Instant now) {
        List<String> oldSlugs = new ArrayList<>();
        List<String> oldPaths = new ArrayList<>();
        for (String alias : file.list("aliases", false)) {
            Matcher old = OLD_ADDRESS.matcher(alias);
            if (old.matches()) {
                oldSlugs.add(old.group(1));
            } else if (!Routes.isInkwellAddress(alias)) { // its own number alias is not an old address
                OldAddresses.pathOf(alias).ifPresent(oldPaths::add);
            }
        }
        for (String number : file.list(FrontMatter.WORDPRESS_ID, false)) {
            OldAddresses.number(number).map(OldAddresses::byNumber).ifPresent(oldPaths::add);
        }
        String author = file.text("author");
        return PostFields.post(file.text("title"), file.text("slug"), author.isEmpty() ? siteAuthor : author,
                file.flag("draft", false), Dates.of(file.keys().get("date")).orElse(null),
                Dates.of(file.keys().get("lastmod")).orElse(null), file.body(), file.list("tags", false), oldSlugs,
                now).withOldPaths(oldPaths);
    }
}
