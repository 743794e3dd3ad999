package inkwell.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a post's Markdown into safe HTML, once, when the post is saved. Reading a post never comes here.
 * The parser and renderer are immutable and thread-safe, so one instance serves every request.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public RenderedMarkdown render(String markdown) {
        String unsafeHtml = renderer.render(parser.parse(markdown));
        return sanitizer.sanitize(unsafeHtml);
    }
}
