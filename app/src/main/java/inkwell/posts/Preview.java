package inkwell.posts;

import inkwell.markdown.ContentsEntry;
import inkwell.markdown.TableOfContents;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markdown as it will read once published: the sanitized HTML the renderer stores on save, and the table of
 * contents the post page builds from it. Either that, or the reason the text cannot be rendered.
 */
public record Preview(String html, List<ContentsEntry> contents, String problem) implements PageModel {
    /** The editor's script prefixes the anchors of a preview it fetched the same way. */
    public static final String ANCHOR_PREFIX = "preview-";

    static Preview of(String html) {
        return new Preview(html, TableOfContents.of(html), null);
    }

    static Preview refused(String problem) {
        return new Preview("", List.of(), problem);
    }

    /**
     * The preview as the edit page shows it beside the form: every anchor inside it prefixed with
     * {@value #ANCHOR_PREFIX}, so that a heading named "Title" or "Tags" cannot take the id of a form field.
     */
    public Preview embedded() {
        if (problem != null) {
            return this;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.select("[id]").forEach(element -> element.attr("id", ANCHOR_PREFIX + element.id()));
        body.select("a[href^=#]").forEach(link -> link.attr("href", "#" + ANCHOR_PREFIX + link.attr("href").substring(1)));
        List<ContentsEntry> prefixed = contents.stream()
                .map(entry -> new ContentsEntry(entry.depth(), ANCHOR_PREFIX + entry.id(), entry.text())).toList();
        return new Preview(body.html(), prefixed, null);
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Preview", null);
    }
}
