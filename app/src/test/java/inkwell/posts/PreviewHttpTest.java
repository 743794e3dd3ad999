package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.OneBlogPerClass;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /preview} on a real server: what it shows is what the post page shows once saved, byte for byte,
 * for every text of the Markdown corpus; without script, the Preview button brings the whole form back, every
 * field kept, with the preview beside it and nothing saved.
 */
class PreviewHttpTest extends OneBlogPerClass {
    private static final List<String> CORPUS = List.of("01-rich-post.md", "02-sections.md", "03-code.md",
            "04-hostile.md", "05-tables-tasks.md", "06-unicode.md", "07-crlf.md");
    /** The table of contents (when there is one) and the body, exactly as sent. */
    private static final Pattern RENDERED = Pattern.compile(
            "(?s)(<nav class=\"toc\".*?</nav>\\s*)?<div class=\"post-body\">.*?</div>(?=\\s*(?:<footer|$))");

    static Stream<String> corpus() {
        return CORPUS.stream();
    }

    private static String text(String name) {
        try (InputStream in = PreviewHttpTest.class.getResourceAsStream("/inkwell/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> fragment(String content) throws Exception {
        return blog.postForm("/preview", Map.of("content", content, "_fragment", "1"));
    }

    private static String rendered(String html, String what) {
        Matcher matcher = RENDERED.matcher(html);
        assertTrue(matcher.find(), "no rendered body in " + what + ":\n" + html);
        return matcher.group().replaceAll("^\\s+|\\s+$", "").replaceAll("(?s)(</nav>)\\s*", "$1\n");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void thePreviewIsByteIdenticalToThePublishedPost(String name) throws Exception {
        String markdown = text(name);
        HttpResponse<String> preview = fragment(markdown);
        assertEquals(200, preview.statusCode(), preview.body());
        String post = blog.createPost("Corpus " + name, "Ada", markdown);
        String page = blog.get(post).body();
        String published = rendered(page, "the post page");
        String shown = rendered(preview.body(), "the preview").replace("preview-toc-heading", "toc-heading");
        assertEquals(published, shown, name);
    }

    @Test
    void postsWithThreeHeadingsOrMoreHaveATableOfContentsLinkingTheirAnchors() throws Exception {
        String long_ = blog.get(blog.createPost("Sections", "Ada", text("02-sections.md"))).body();
        Document page = Jsoup.parse(long_);
        var links = page.select("nav.toc a");
        assertEquals(List.of("Title", "Tags", "Content", "Tags", "Deep heading"), links.eachText());
        for (var link : links) {
            String target = link.attr("href").substring(1);
            assertEquals(1, page.select(".post-body [id=" + target + "]").size(), "one anchor for " + target);
        }
        assertEquals(List.of("toc-depth-0", "toc-depth-1", "toc-depth-2", "toc-depth-1", "toc-depth-3"),
                page.select("nav.toc li").eachAttr("class"));
        String two = blog.get(blog.createPost("Two sections", "Ada", "## One\n\na\n\n## Two\n\nb\n")).body();
        assertFalse(two.contains("class=\"toc\""), "two headings: no table of contents");
    }

    @Test
    void withoutScriptThePreviewButtonBringsTheFormBackWithEveryFieldAndSavesNothing() throws Exception {
        int before = blog.get("/posts").body().split("class=\"card\"").length;
        HttpResponse<String> shown = blog.postForm("/preview", Map.of("title", "Kept <title>", "name", "Ada",
                "content", text("02-sections.md"), "tags", "alpha, beta", "status", "published", "_post", ""));
        assertEquals(200, shown.statusCode());
        Document form = Jsoup.parse(shown.body());
        assertEquals("Kept <title>", form.getElementById("title").val());
        assertEquals("alpha, beta", form.getElementById("tags").val());
        assertEquals(text("02-sections.md").strip(), form.getElementById("content").val().strip());
        assertEquals("/posts", form.getElementById("post-form").attr("action"), "still the write form");
        assertEquals(1, form.select("#preview .post-body").size());
        for (String field : new String[] {"title", "tags", "content"}) {
            assertEquals(1, form.select("[id=" + field + "]").size(), "a heading named " + field + " takes no field's id");
        }
        assertEquals("#preview-title", form.select("#preview nav.toc a").first().attr("href"));
        assertEquals(1, form.select("#preview-title").size());
        assertEquals(before, blog.get("/posts").body().split("class=\"card\"").length, "nothing saved");

        String post = blog.createPost("Editable", "Ada", "First.");
        String id = post.split("/")[2];
        Document edit = Jsoup.parse(blog.postForm("/preview", Map.of("title", "Editable", "name", "Ada",
                "content", "Second *try*.", "_post", id)).body());
        assertEquals("/posts/" + id + "/edit", edit.getElementById("post-form").attr("action"), "still this post's form");
        assertEquals("Second try.", edit.select("#preview .post-body").text());
        assertTrue(blog.get(post).body().contains("First."), "the post is unchanged");
    }

    @Test
    void badInputGetsAClearMessageNeverAFailure() throws Exception {
        HttpResponse<String> empty = fragment("   ");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Please enter some text."), empty.body());
        HttpResponse<String> tooLong = fragment("x".repeat(200_001));
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Please keep this to 200,000 characters"), tooLong.body());
        HttpResponse<String> tooDeep = fragment("[".repeat(50_000) + "x" + "]".repeat(50_000));
        assertTrue(tooDeep.statusCode() == 200 || tooDeep.statusCode() == 422, "answered: " + tooDeep.statusCode());
        HttpResponse<String> noToken = blog.postRaw("/preview", Map.of("content", "Hi", "_fragment", "1"));
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("fresh security token"), noToken.body());
        HttpResponse<String> noTokenForm = blog.postRaw("/preview", Map.of("title", "T", "content", "Kept text"));
        assertEquals(403, noTokenForm.statusCode());
        assertTrue(noTokenForm.body().contains("Kept text"), "the text comes back");
        HttpResponse<String> strangeId = blog.postForm("/preview", Map.of("content", "x", "_post", "../../etc"));
        assertEquals(200, strangeId.statusCode());
        assertTrue(strangeId.body().contains("action=\"/posts\""), "an id that is not one: the write form");
    }
}
