package inkwell.markdown;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps what Markdown can legitimately produce (tables, code with its language class, heading ids, images,
 * task-list checkboxes) and drops everything that could run code: scripts, event handlers, styles, forms,
 * frames, {@code javascript:} and {@code data:} URLs. After cleaning it adds what readers need: a name for
 * each task-list checkbox, and keyboard access to code blocks and tables that scroll sideways.
 */
final class HtmlSanitizer {
    /** Relative links and images are resolved against this base only to be checked, then kept relative. */
    private static final String CHECK_BASE_URI = "http://inkwell.invalid/";
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    /** The post column's widest, for the browser to pick an image copy before the layout is known. */
    static final String IMAGE_SIZES = "(max-width: 760px) 100vw, 720px";

    private final Cleaner cleaner = new Cleaner(safelist());
    private final LocalImages images;

    HtmlSanitizer(LocalImages images) {
        this.images = images;
    }

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("del", "s", "input", "hr", "sup", "sub", "kbd", "mark", "details", "summary")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("code", "class")
                .addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("ol", "start")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
    }

    RenderedMarkdown sanitize(String unsafeHtml) {
        Document dirty = Jsoup.parseBodyFragment(unsafeHtml, CHECK_BASE_URI);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.body().select("code[class]").forEach(HtmlSanitizer::keepOnlyLanguageClass);
        clean.body().select("input").forEach(HtmlSanitizer::keepOnlyDisabledCheckbox);
        clean.body().select("pre").attr("tabindex", "0");
        clean.body().select("img[src^=/media/]").forEach(this::describeLocalImage);
        wrapTablesInScrollRegions(clean);
        clean.body().select("a[href]").forEach(HtmlSanitizer::markExternalLink);
        clean.body().select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]").forEach(HtmlSanitizer::addAnchorLink);
        return new RenderedMarkdown(clean.body().html(), plainText(clean), Excerpts.of(clean.body()));
    }

    private static void keepOnlyLanguageClass(Element code) {
        if (!LANGUAGE_CLASS.matcher(code.className()).matches()) {
            code.removeAttr("class");
        }
    }

    /** Task lists are the only reason inputs survive; anything else (text boxes, buttons) goes. */
    private static void keepOnlyDisabledCheckbox(Element input) {
        if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
            input.remove();
            return;
        }
        input.attr("disabled", true);
        input.attr("aria-label", input.hasAttr("checked") ? "Done" : "Not done");
    }

    /**
     * A wide table scrolls inside its own box on a narrow screen, never the page; the box is a named region in
     * the tab order so that a keyboard can scroll it too. Names are numbered: landmarks must differ.
     */
    private static void wrapTablesInScrollRegions(Document clean) {
        int number = 0;
        for (Element table : clean.body().select("table")) {
            number++;
            // Built as an element, not wrap("<div …>"), which parses that HTML again for every table.
            Element region = new Element("div").addClass("table-scroll").attr("tabindex", "0")
                    .attr("role", "region").attr("aria-label", "Table " + number);
            table.replaceWith(region);
            region.appendChild(table);
        }
    }

    /**
     * The blog's own images get their size and their smaller copies here, after cleaning: the writer's Markdown
     * cannot set these attributes, only the store that made the copies can.
     */
    private void describeLocalImage(Element image) {
        images.find(image.attr("src")).ifPresent(found -> {
            image.attr("width", String.valueOf(found.width())).attr("height", String.valueOf(found.height()));
            if (found.copies().size() > 1) {
                image.attr("srcset", String.join(", ", found.copies().stream()
                        .map(copy -> copy.src() + " " + copy.width() + "w").toList()));
                image.attr("sizes", IMAGE_SIZES);
            }
            image.attr("loading", "lazy");
        });
    }

    private static void markExternalLink(Element link) {
        String href = link.attr("href").trim().toLowerCase(java.util.Locale.ROOT);
        if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")) {
            link.attr("rel", "noopener nofollow");
        }
    }

    private static void addAnchorLink(Element heading) {
        if (!HEADING.matcher(heading.normalName()).matches()) {
            return;
        }
        heading.appendElement("a").addClass("heading-anchor").attr("href", "#" + heading.id())
                .attr("aria-label", "Link to this section").text("#");
    }

    /**
     * The words of the post outside code and tables, for the reading time: read in one pass that changes nothing
     * (removing thousands of sibling elements from a copy took time growing with their square).
     */
    private static String plainText(Document clean) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("pre") || element.nameIs("table") || element.hasClass("heading-anchor")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.isBlock() || element.nameIs("br")) {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, clean.body());
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
