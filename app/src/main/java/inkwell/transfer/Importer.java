package inkwell.transfer;

import inkwell.markdown.MarkdownTooComplex;
import inkwell.media.ImportedImages;
import inkwell.media.MediaStore;
import inkwell.posts.FullPost;
import inkwell.posts.PostImport;
import inkwell.site.SiteSettingsService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a read source into the blog. {@link #preview} checks every post as {@link #run} will (the write form's
 * limits, the renderer's budget, the slug rule) and writes nothing. {@link #run} backs the blog up first, stores the
 * images (checked as uploads), then writes every post and the site's settings in ONE transaction: if anything
 * fails, nothing is written and the images it added are taken away again.
 *
 * <p>Slug rule: a slug already used by a post of the blog, or by an earlier post of the same import, gets the
 * first free suffix {@code -2}, {@code -3}, …; nothing is ever overwritten, and the report says which were renamed.
 */
public final class Importer {
    private final PostImport posts;
    private final SiteSettingsService site;
    private final MediaStore media;
    private final BeforeImport before;
    /** Who wrote a post that names nobody, when neither the source nor this blog names an author. */
    static final String UNKNOWN_AUTHOR = "Unknown author";

    public Importer(PostImport posts, SiteSettingsService site, MediaStore media, BeforeImport before) {
        this.posts = posts;
        this.site = site;
        this.media = media;
        this.before = before;
    }

    /** What {@link #run} would import, with nothing written. */
    ImportReport preview(ImportPlan plan) {
        List<Skipped> skipped = new ArrayList<>(plan.skipped);
        Checked checked = check(plan, Map.of(), skipped);
        return new ImportReport(plan.kind, false, checked.items, plan.images.size(), plan.site.isPresent(),
                checked.oldAddresses(), skipped);
    }

    ImportReport run(ImportPlan plan, String reason) throws Exception {
        before.prepare(reason);
        List<Skipped> skipped = new ArrayList<>(plan.skipped);
        ImportedImages images = new ImportedImages(media);
        try {
            Map<String, String> links = new LinkedHashMap<>();
            for (SourceImage image : plan.images) {
                try {
                    links.put(image.linkedAs(), images.store(image.name(), image.file()));
                } catch (ImportedImages.Refused e) {
                    skipped.add(new Skipped(image.name(), e.getMessage()));
                }
            }
            Checked checked = check(plan, links, skipped);
            Optional<SiteSettingsService.Pending> settings = Optional.empty();
            if (plan.site.isPresent()) {
                try {
                    settings = Optional.of(site.importing(plan.site.get()));
                } catch (MarkdownTooComplex e) {
                    skipped.add(new Skipped("the site's settings", "the About text: " + e.getMessage()));
                }
            }
            Optional<SiteSettingsService.Pending> write = settings;
            posts.write(checked.ready, em -> write.ifPresent(pending -> pending.write().accept(em)));
            write.ifPresent(pending -> pending.committed().run());
            return new ImportReport(plan.kind, true, checked.items, links.size(), write.isPresent(),
                    checked.oldAddresses(), skipped);
        } catch (IOException | RuntimeException e) {
            images.undo();
            throw e;
        }
    }

    private record Checked(List<PostImport.Ready> ready, List<ImportReport.Item> items) {
        int oldAddresses() {
            return ready.stream().mapToInt(post -> post.post().oldPaths().size()).sum();
        }
    }

    private Checked check(ImportPlan plan, Map<String, String> links, List<Skipped> skipped) {
        Set<String> used = new HashSet<>(posts.slugsInUse());
        OldAddressCheck addresses = new OldAddressCheck(posts.oldPathsInUse(), skipped);
        String author = firstNonBlank(plan.author, plan.site.map(settings -> settings.author()).orElse(""),
                site.settings().author(), UNKNOWN_AUTHOR);
        List<PostImport.Ready> ready = new ArrayList<>();
        List<ImportReport.Item> items = new ArrayList<>();
        for (SourcePost source : plan.posts) {
            FullPost post = linked(source.post(), links, author);
            List<String> oldPaths = addresses.free(source.origin(), post);
            String wanted = PostImport.slug(post.slug().isBlank() ? post.title() : post.slug());
            String slug = wanted;
            for (int suffix = 2; used.contains(slug); suffix++) {
                slug = wanted + "-" + suffix;
            }
            try {
                PostImport.Ready checked = posts.check(post.withOldPaths(oldPaths), slug);
                used.add(slug);
                addresses.take(oldPaths);
                ready.add(checked);
                List<String> notes = new ArrayList<>(checked.notes());
                if (!slug.equals(wanted)) {
                    notes.add(0, "slug " + wanted + " is taken: renamed to " + slug);
                }
                items.add(new ImportReport.Item(post.title(), post.status().value(),
                        post.publishedAt() != null ? post.publishedAt() : post.updatedAt(), slug,
                        String.join("; ", notes)));
            } catch (PostImport.Refused e) {
                skipped.add(new Skipped(source.origin() + (post.title().isBlank() ? "" : " (" + post.title() + ")"),
                        e.getMessage()));
            }
        }
        return new Checked(ready, items);
    }

    /** The post with its links to the source's images pointing at the images as Inkwell stored them. */
    private static FullPost linked(FullPost post, Map<String, String> links, String author) {
        String markdown = post.markdown();
        for (Map.Entry<String, String> link : links.entrySet()) {
            if (!link.getKey().equals(link.getValue())) {
                markdown = markdown.replace(link.getKey(), link.getValue());
            }
        }
        return markdown.equals(post.markdown()) && !post.author().isBlank() ? post : new FullPost(post.id(),
                post.title(), post.slug(), post.author().isBlank() ? author : post.author(), post.status(), post.createdAt(), post.updatedAt(), post.publishedAt(), markdown,
                post.tags(), post.oldSlugs(), post.oldPaths());
    }

    private static String firstNonBlank(String... names) {
        for (String name : names) {
            if (!name.isBlank()) {
                return name.strip();
            }
        }
        return "";
    }
}
