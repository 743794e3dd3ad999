package inkwell.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A WordPress export (WXR) as an {@link ImportPlan}, read by {@link WxrReader}. Posts come in with their title,
 * slug ({@code wp:post_name}, so links by slug keep working), author's display name, categories and tags (both as
 * tags), dates ({@code wp:post_date_gmt}, else {@code wp:post_date} taken as UTC), their HTML as Markdown
 * ({@link WordPressHtml}) and their WordPress addresses, kept as redirects ({@link WordPressLinks}).
 * Status: publish is published, future scheduled, draft, pending and private drafts.
 * Pages are skipped (Inkwell has posts and one About page); attachments are skipped because their files would have
 * to be downloaded (posts keep linking to them where they are); menu items and other WordPress types are skipped;
 * comments are not read.
 */
final class WordPressReader {
    private static final Set<String> DRAFTS = Set.of("draft", "pending", "private");

    private WordPressReader() {
    }

    static ImportPlan read(Path file, Instant now) throws ImportRefused, IOException {
        WxrReader.Export export = WxrReader.read(file);
        ImportPlan plan = new ImportPlan("WordPress export (WXR " + export.version() + ")");
        for (WxrItem item : export.items()) {
            String type = item.field("wp:post_type");
            String title = item.field("title");
            String origin = type + " " + item.field("wp:post_id") + (title.isEmpty() ? "" : " (" + title + ")");
            String status = item.field("wp:status");
            switch (type) {
                case "post" -> {
                    if (status.equals("publish") || status.equals("future") || DRAFTS.contains(status)) {
                        plan.posts.add(post(item, export, now));
                    } else {
                        plan.skip(origin, "its WordPress status is " + (status.isEmpty() ? "missing" : status)
                                + " (Inkwell imports published, scheduled, draft, pending and private posts)");
                    }
                }
                case "page" -> plan.skip(origin, "a WordPress page: Inkwell imports posts (its About page is in "
                        + "Settings)");
                case "attachment" -> plan.skip(origin, "an attachment (" + item.field("wp:attachment_url") + "): "
                        + "Inkwell downloads nothing while importing, so posts keep linking to it where it is");
                default -> plan.skip(origin, "a WordPress " + (type.isEmpty() ? "item of no type" : type)
                        + ", not a post");
            }
        }
        return plan;
    }

    private static SourcePost post(WxrItem item, WxrReader.Export export, Instant now) {
        String login = item.field("dc:creator");
        String author = export.authors().getOrDefault(login, "");
        Instant date = Dates.of(item.field("wp:post_date_gmt")).or(() -> Dates.of(item.field("wp:post_date")))
                .orElse(null);
        boolean draft = DRAFTS.contains(item.field("wp:status"));
        List<String> tags = List.copyOf(new LinkedHashSet<>(item.tags));
        String origin = "post " + item.field("wp:post_id");
        return new SourcePost(origin, PostFields.post(item.field("title"), item.field("wp:post_name"),
                author.isBlank() ? login : author, draft, date, null,
                WordPressHtml.markdown(item.fields.getOrDefault("content:encoded", "")), tags, List.of(), now)
                .withOldPaths(WordPressLinks.of(item)));
    }
}
