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
 * The renderer is thread-safe, so one instance serves every request. Its engine (commonmark and jsoup's
 * cleaner, some 370 classes, about 2.5 MiB resident) is built at the first render: a blog that is only read
 * never loads it.
 */
public final class MarkdownRenderer {
    private final RenderBudget budget;
    private final LocalImages images;
    private volatile Engine engine;

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
        this.images = images;
    }

    /** Throws {@link MarkdownTooComplex}, saying what to change, for a text past the {@link RenderBudget}. */
    public RenderedMarkdown render(String markdown) {
        Engine current = engine();
        // A parser per render: each carries its own deadline (building one costs microseconds).
        Parser parser = Parser.builder().extensions(Engine.EXTENSIONS).inlineParserFactory(new BudgetedInlines(budget))
                .build();
        BoundedHtml html = new BoundedHtml(budget.maxHtmlChars());
        current.renderer.render(parser.parse(markdown), html);
        return current.sanitizer.sanitize(html.toString());
    }

    private Engine engine() {
        Engine current = engine;
        if (current == null) {
            // Two first renders at once may each build one: both are the same, and one is kept.
            current = new Engine(images);
            engine = current;
        }
        return current;
    }

    /** What rendering needs, built once per renderer, at its first render. */
    private static final class Engine {
        static final List<Extension> EXTENSIONS = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create(),
                HeadingAnchorExtension.create());

        final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
        final HtmlSanitizer sanitizer;

        Engine(LocalImages images) {
            this.sanitizer = new HtmlSanitizer(images);
        }
    }
}
