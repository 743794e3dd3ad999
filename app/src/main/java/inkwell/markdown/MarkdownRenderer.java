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
 * The renderer is immutable and thread-safe, so one instance serves every request.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            HeadingAnchorExtension.create());

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlSanitizer sanitizer;
    private final RenderBudget budget;

    public MarkdownRenderer() {
        this(RenderBudget.DEFAULT, LocalImages.NONE);
    }

    /** A renderer that gives the blog's own images their size and smaller copies ({@code srcset}). */
    public MarkdownRenderer(LocalImages images) {
        this(RenderBudget.DEFAULT, images);
    }

    MarkdownRenderer(RenderBudget budget) {
        this(budget, LocalImages.NONE);
    }

    private MarkdownRenderer(RenderBudget budget, LocalImages images) {
        this.budget = budget;
        this.sanitizer = new HtmlSanitizer(images);
    }

    /** Throws {@link MarkdownTooComplex}, saying what to change, for a text past the {@link RenderBudget}. */
    public RenderedMarkdown render(String markdown) {
        // A parser per render: each carries its own deadline (building one costs microseconds).
        Parser parser = Parser.builder().extensions(EXTENSIONS).inlineParserFactory(new BudgetedInlines(budget))
                .build();
        BoundedHtml html = new BoundedHtml(budget.maxHtmlChars());
        renderer.render(parser.parse(markdown), html);
        return sanitizer.sanitize(html.toString());
    }
}
