package inkwell.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void rendersTheGfmExtensions() {
        String html = html("# Title\n\n~~old~~ and https://example.com\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n"
                + "- [x] done\n- [ ] open\n");
        assertTrue(html.contains("<h1 id=\"title\">Title<a class=\"heading-anchor\" href=\"#title\""), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.com\" rel=\"noopener nofollow\">https://example.com</a>"), html);
        assertTrue(html.contains("<th align=\"center\">a</th>") && html.contains("<td align=\"right\">2</td>"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled checked aria-label=\"Done\"> done"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled aria-label=\"Not done\"> open"), html);
    }

    @Test
    void tablesScrollInNamedRegionsAndCodeBlocksTakeFocus() {
        String html = html("| a |\n|---|\n| 1 |\n\n```\nx\n```\n\n| b |\n|---|\n| 2 |\n");
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\">"
                + "<table>"), html);
        assertTrue(html.contains("aria-label=\"Table 2\"><table>"), html);
        assertTrue(html.contains("<pre tabindex=\"0\"><code>x"), html);
    }

    @Test
    void aCheckboxWrittenAsHtmlGetsANameToo() {
        String html = html("<ul><li><input type=\"checkbox\" checked aria-label=\"Click me\"> x</li></ul>");
        assertTrue(html.contains("<input type=\"checkbox\" checked disabled aria-label=\"Done\">"), html);
    }

    @Test
    void keepsTheLanguageOfFencedCodeAndEscapesItsContent() {
        String html = html("```java\nif (a < b && c > d) { x(\"<script>\"); }\n```\n");
        assertTrue(html.contains("<pre tabindex=\"0\"><code class=\"language-java\">if (a &lt; b &amp;&amp; c &gt; d)"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void keepsImagesAndRelativeLinks() {
        String html = html("![A cat](https://example.com/cat.png) [next](/posts/2/next) [top](#title)");
        assertTrue(html.contains("<img src=\"https://example.com/cat.png\" alt=\"A cat\">"), html);
        assertTrue(html.contains("<a href=\"/posts/2/next\">next</a>"), html);
        assertTrue(html.contains("<a href=\"#title\">top</a>"), html);
    }

    @Test
    void duplicateHeadingsGetDistinctIds() {
        String html = html("## Setup\n\n## Setup\n");
        assertTrue(html.contains("id=\"setup\"") && html.contains("id=\"setup-1\""), html);
    }

    @Test
    void plainTextLeavesOutCodeAndAnchors() {
        RenderedMarkdown rendered = renderer.render("# Intro\n\nHello *world*.\n\n```\nnoise();\n```\n");
        assertEquals("Intro Hello world.", rendered.plainText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](  javascript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](java&#09;script:alert(1))",
            "![x](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input type=\"text\" name=\"p\"><button>Go</button></form>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p onclick=\"alert(1)\">click</p>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<style>body{display:none}</style>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<details open ontoggle=alert(1)>",
            "<img src=\"x\" srcset=\"javascript:alert(1)\">",
            "<input type=\"checkbox\" onfocus=\"alert(1)\" autofocus>",
            "<code class=\"x\" onmouseover=\"alert(1)\">c</code>",
            "<h2 id=\"x\" onclick=\"alert(1)\">h</h2>",
            "<scr<script>ipt>alert(1)</script>",
            "<<script>script>alert(1)//<</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>"})
    void xssVectorsLoseEverythingExecutable(String vector) {
        String html = html(vector).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), "event handler survived: " + html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("vbscript:"), html);
        assertFalse(html.contains("data:"), html);
        for (String tag : new String[] {"<iframe", "<object", "<embed", "<form", "<svg", "<math", "<base", "<meta",
                "<link", "<style", "style=", "<template", "<button", "type=\"text\""}) {
            assertFalse(html.contains(tag), tag + " survived: " + html);
        }
    }
}
