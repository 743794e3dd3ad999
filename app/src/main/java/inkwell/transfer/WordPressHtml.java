package inkwell.transfer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A WordPress post's HTML ({@code content:encoded}) as Markdown, by flexmark's HTML-to-Markdown converter. Tags it
 * has no Markdown for (an iframe, a figure's caption) stay as HTML inside the Markdown, which Inkwell's renderer
 * sanitizes like any post's HTML. Code blocks ({@code <pre><code>}, the block editor's {@code <pre class=
 * "wp-block-code">}) become fenced code: each is set aside (parsed with jsoup) and put back fenced after the
 * conversion, since the converter itself writes indented code. Embedded players (iframe, video, audio) are set
 * aside the same way and kept as HTML (the converter drops them); a figure is unwrapped, its caption a paragraph
 * (Markdown inside an HTML block would not be rendered).
 */
final class WordPressHtml {
    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, true)
            .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, false)
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.DIV_TABLE_PROCESSING, false)).build();
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
    private static final Pattern BLOCK_START = Pattern.compile("(?is)^\\s*<(p|div|h[1-6]|ul|ol|pre|blockquote|table"
            + "|figure|hr|!--)[\\s>/].*");

    private WordPressHtml() {
    }

    static String markdown(String html) {
        Document document = Jsoup.parseBodyFragment(paragraphs(html));
        document.outputSettings().prettyPrint(false);
        Map<String, String> asIs = new LinkedHashMap<>();
        for (Element block : document.select("pre, iframe, video, audio, embed, object")) {
            String token = "inkwellblock" + asIs.size() + "end";
            asIs.put(token, block.normalName().equals("pre") ? fenced(block) : block.outerHtml());
            block.replaceWith(new Element("p").text(token));
        }
        document.select("figcaption").tagName("p");
        document.select("figure").unwrap();
        String markdown = CONVERTER.convert(document.body().html());
        for (Map.Entry<String, String> block : asIs.entrySet()) {
            markdown = markdown.replaceAll(Pattern.quote(block.getKey()) + "\\n(?!\\n)", block.getKey() + "\n\n")
                    .replace(block.getKey(), block.getValue());
        }
        return markdown.strip() + "\n";
    }

    /**
     * A code block as fenced code (the converter writes indented code, which loses the language), its language
     * from a {@code language-} or {@code lang-} class; the fence longer than any run of backticks inside.
     */
    private static String fenced(Element pre) {
        Element code = pre.selectFirst("> code");
        Element source = code != null ? code : pre;
        String text = source.wholeText().replaceAll("\\s+$", "").replaceFirst("^\\r?\\n", "");
        String language = "";
        for (String name : (source.className() + " " + pre.className()).split("\\s+")) {
            if (language.isEmpty() && name.matches("(language|lang)-[A-Za-z0-9_+#.-]+")) {
                language = name.substring(name.indexOf('-') + 1);
            }
        }
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + language + "\n" + text + "\n" + fence;
    }

    /**
     * The classic editor stores paragraphs as blank lines, not {@code <p>} (WordPress adds them when it shows a
     * post, its "wpautop"): each run of text between blank lines, outside a {@code <pre>}, becomes a paragraph.
     */
    static String paragraphs(String html) {
        List<String> blocks = new ArrayList<>();
        StringBuilder open = null;
        for (String chunk : BLANK_LINE.split(html)) {
            if (open != null) {
                open.append("\n\n").append(chunk);
                if (closesPre(open)) {
                    blocks.add(open.toString());
                    open = null;
                }
            } else if (!closesPre(new StringBuilder(chunk))) {
                open = new StringBuilder(chunk);
            } else {
                blocks.add(chunk);
            }
        }
        if (open != null) {
            blocks.add(open.toString());
        }
        StringBuilder out = new StringBuilder();
        for (String block : blocks) {
            boolean wrap = !block.isBlank() && !BLOCK_START.matcher(block).matches();
            out.append(wrap ? "<p>" + block.strip() + "</p>" : block).append("\n\n");
        }
        return out.toString();
    }

    /** Whether every {@code <pre} of the text is closed (a blank line inside a code block is not a paragraph). */
    private static boolean closesPre(CharSequence text) {
        String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
        return count(lower, "<pre") <= count(lower, "</pre>");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
