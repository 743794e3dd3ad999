package inkwell.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The table of contents of a rendered post: its headings down to level 4, with the anchors the renderer gave
 * them. A post with fewer than {@link #MIN_HEADINGS} headings has none (a list of one or two links helps nobody).
 * Read from the sanitized HTML, so the post page, the preview and the published site list the very same links.
 */
public final class TableOfContents {
    public static final int MIN_HEADINGS = 3;
    private static final String LISTED = "h1[id], h2[id], h3[id], h4[id]";

    private TableOfContents() {
    }

    public static List<ContentsEntry> of(String html) {
        // Most posts have too few headings for a table: seen without parsing, so that reading such posts never
        // loads jsoup's parser (some 270 classes, about 2 MiB resident).
        if (headingTags(html) < MIN_HEADINGS) {
            return List.of();
        }
        Elements headings = Jsoup.parseBodyFragment(html).body().select(LISTED);
        if (headings.size() < MIN_HEADINGS) {
            return List.of();
        }
        // Depth counts from the highest level used: a post whose sections are all ## starts at the top level.
        int top = headings.stream().mapToInt(TableOfContents::level).min().orElse(1);
        List<ContentsEntry> entries = new ArrayList<>(headings.size());
        for (Element heading : headings) {
            Element words = heading.clone();
            words.select(".heading-anchor").remove();
            String text = words.text().strip();
            if (!text.isEmpty()) {
                entries.add(new ContentsEntry(level(heading) - top, heading.id(), text));
            }
        }
        return entries.size() < MIN_HEADINGS ? List.of() : List.copyOf(entries);
    }

    /** Start tags h1 to h4 in {@code html}, any case: at least as many as there are headings to list. */
    static int headingTags(String html) {
        int count = 0;
        for (int at = html.indexOf('<'); at >= 0 && at + 3 < html.length(); at = html.indexOf('<', at + 1)) {
            char h = html.charAt(at + 1);
            char level = html.charAt(at + 2);
            char after = html.charAt(at + 3);
            if ((h == 'h' || h == 'H') && level >= '1' && level <= '4'
                    && (after == '>' || after == '/' || Character.isWhitespace(after))) {
                count++;
            }
        }
        return count;
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
