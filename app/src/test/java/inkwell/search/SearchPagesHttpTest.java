package inkwell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.OneBlogPerClass;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Search through the real pages of a real blog on a real Derby: each test writes posts with words of its own,
 * so the tests share one blog without seeing each other's posts.
 */
class SearchPagesHttpTest extends OneBlogPerClass {

    @BeforeAll
    void indexReady() throws Exception {
        Eventually.await(Duration.ofSeconds(30), () -> !search("anything").contains(Searching.BUILDING),
                "the index to be built");
    }

    String search(String query) throws Exception {
        return searchPage(query, 1).body();
    }

    HttpResponse<String> searchPage(String query, int page) throws Exception {
        return blog.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (page == 1 ? "" : "&page=" + page));
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws Exception {
        String post = blog.createPost("Warm stores", "Ada", "Our caches stayed warm all night.");
        assertTrue(search("caching").contains("href=\"" + post + "\""), "caching finds caches");
        assertTrue(search("cache").contains("href=\"" + post + "\""));
    }

    @Test
    void aPhraseInQuotesMatchesOnlyThoseWordsTogether() throws Exception {
        String together = blog.createPost("Together", "Ada", "The zephyr gallop came first.");
        String apart = blog.createPost("Apart", "Ada", "A gallop, then later a zephyr.");
        String found = search("\"zephyr gallop\"");
        assertTrue(found.contains("href=\"" + together + "\""));
        assertFalse(found.contains("href=\"" + apart + "\""));
        assertTrue(search("zephyr gallop").contains("href=\"" + apart + "\""), "without quotes, both words anywhere");
    }

    @Test
    void aPrefixFindsWordsThatBeginSo() throws Exception {
        String post = blog.createPost("Preserves", "Ada", "Marmalading oranges takes a day.");
        assertTrue(search("marmal*").contains("href=\"" + post + "\""));
    }

    @Test
    void codeIdentifiersAreFoundWholeAndByTheirParts() throws Exception {
        String post = blog.createPost("Memo tables", "Ada", "Use `cache.computeIfAbsent(key, loader)`:\n\n"
                + "```java\nMap<K, V> cache = new ConcurrentHashMap<>();\n```\n");
        for (String query : new String[] {"ConcurrentHashMap", "concurrenthashmap", "computeIfAbsent",
                "\"concurrent hash map\"", "absent"}) {
            assertTrue(search(query).contains("href=\"" + post + "\""), query);
        }
    }

    @Test
    void aTitleMatchRanksAboveBodyMatches() throws Exception {
        String inTitle = blog.createPost("Quokka tuning", "Ada", "Nothing else here.");
        String inBody = blog.createPost("Marsupials", "Ada", "The quokka, the quokka and the quokka again.");
        String found = search("quokka");
        assertTrue(found.indexOf("href=\"" + inTitle + "\"") >= 0 && found.contains("href=\"" + inBody + "\""));
        assertTrue(found.indexOf("href=\"" + inTitle + "\"") < found.indexOf("href=\"" + inBody + "\""),
                "the title match comes first, though the other is newer and says it three times");
    }

    @Test
    void snippetsMarkTheMatchAndShowMarkupAsText() throws Exception {
        blog.createPost("<script>alert(1)</script> Escaping", "<b>Eve</b>",
                "Never trust `<script>alert('x')</script>` near a xylophone & co.");
        String found = search("xylophone");
        assertTrue(found.contains("<mark>xylophone</mark>"), found);
        assertTrue(found.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                || found.contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                || found.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"), found);
        assertTrue(found.contains("&lt;script&gt;alert(1)&lt;/script&gt; Escaping"), "the title as text");
        assertTrue(found.contains("&lt;b&gt;Eve&lt;/b&gt;"), "the author as text");
        assertFalse(found.contains("<script>alert"), "no script from any field");
        assertFalse(found.contains("<b>Eve"));
    }

    /** Stored fields are kept uncompressed ({@code IndexCodec}): a text longer than many chunks reads back whole. */
    @Test
    void aLongPostsSnippetIsCutFromDeepInsideItsText() throws Exception {
        String filler = "Plain words fill this long post from start to end. ".repeat(1_600); // ~80 KB
        String post = blog.createPost("Long read", "Ada", filler + "\n\nAt the very end a quetzal sang twice.");
        String found = search("quetzal");
        assertTrue(found.contains("href=\"" + post + "\""), found);
        assertTrue(found.contains("At the very end a <mark>quetzal</mark> sang twice"), found);
    }

    /** Snippets are marked by the words found in the text, whichever other field held the rest of the search. */
    @Test
    void aWordInTheTitleAndAnotherInTheTextShowsTheTextsWordMarked() throws Exception {
        String post = blog.createPost("Capybara habits", "Ada", "They sit calmly. A marmot visits at dusk.");
        String found = search("capybara marmot");
        assertTrue(found.contains("href=\"" + post + "\""), found);
        assertTrue(found.contains("A <mark>marmot</mark> visits at dusk"), found);
    }

    @Test
    void resultsComeTenAPage() throws Exception {
        for (int i = 1; i <= 12; i++) {
            blog.createPost("Wombat burrow " + i, "Ada", "Burrow number " + i + ".");
        }
        String first = search("wombat");
        assertEquals(10, first.split("<li class=\"card\">").length - 1);
        assertTrue(first.contains("12 posts found, page 1 of 2."), first);
        assertTrue(first.contains("rel=\"next\" href=\"/search?q=wombat&amp;page=2\""), first);
        String second = searchPage("wombat", 2).body();
        assertEquals(2, second.split("<li class=\"card\">").length - 1);
        assertTrue(second.contains("rel=\"prev\" href=\"/search?q=wombat\""), second);
        assertEquals(second, searchPage("wombat", 9).body(), "past the end: the last page");
        assertEquals(first, blog.get("/search?q=wombat&page=x").body(), "not a number: the first page");
    }

    @Test
    void tagsAreSearchableAndARenameOrMergeIsFollowedAtOnce() throws Exception {
        HttpResponse<String> saved = blog.postForm("/posts", Map.of("title", "Lanterns", "name", "Ada",
                "content", "Paper and light.", "tags", "Origami folding, kirigami"));
        assertEquals(303, saved.statusCode(), saved.body());
        String post = saved.headers().firstValue("Location").orElseThrow();
        assertTrue(search("origami").contains("href=\"" + post + "\""), "a word of a tag");
        assertTrue(search("\"origami folding\"").contains("href=\"" + post + "\""), "a tag as a phrase");

        assertEquals(303, blog.postForm("/tags", Map.of("tag", "origami-folding", "name", "Papercraft")).statusCode());
        assertTrue(search("papercraft").contains("href=\"" + post + "\""), "the new name, at once");
        assertFalse(search("origami").contains("href=\"" + post + "\""), "the old name, gone at once");

        assertEquals(303, blog.postForm("/tags", Map.of("tag", "kirigami", "name", "papercraft")).statusCode());
        assertFalse(search("kirigami").contains("href=\"" + post + "\""), "the merged tag's name, gone");
        assertTrue(search("papercraft").contains("href=\"" + post + "\""));
    }

    @Test
    void aDeletedPostIsGoneFromResultsAtOnce() throws Exception {
        String post = blog.createPost("Ocelot notes", "Ada", "Spotted cats.");
        assertTrue(search("ocelot").contains("href=\"" + post + "\""));
        String id = post.split("/")[2];
        assertEquals(303, blog.postForm("/posts/" + id + "/delete", Map.of()).statusCode());
        String after = search("ocelot");
        assertFalse(after.contains("href=\"" + post + "\""), "gone before the next request");
        assertTrue(after.contains("No post matches"), after);
    }

    @Test
    void anEditIsFoundAtOnce() throws Exception {
        String post = blog.createPost("Ibex", "Ada", "Mountain goats.");
        String id = post.split("/")[2];
        HttpResponse<String> edited = blog.postForm("/posts/" + id + "/edit",
                Map.of("title", "Gazelle", "name", "Ada", "content", "Plains antelopes."));
        assertEquals(303, edited.statusCode());
        String now = edited.headers().firstValue("Location").orElseThrow();
        assertTrue(search("antelope").contains("href=\"" + now + "\""));
        assertFalse(search("ibex").contains("/posts/" + id + "/"), "the old words are gone");
    }

    @Test
    void everyPageOfTheLiveBlogHasASearchBoxAndAnEmptyQueryShowsTheForm() throws Exception {
        String home = blog.get("/").body();
        assertTrue(home.contains("<form class=\"header-search\" role=\"search\" action=\"/search\""), home);
        assertTrue(home.contains("<label class=\"visually-hidden\" for=\"header-search\">"));
        HttpResponse<String> empty = blog.get("/search");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("id=\"search-query\""));
        assertFalse(empty.body().contains("header-search"), "one search form on the search page");
        assertTrue(empty.body().contains("<meta name=\"robots\" content=\"noindex\">"));
    }

    static Stream<String> hostileQueries() {
        return Stream.of("\"unbalanced quote", "\"", "*", "a*", " * ", "AND OR", "AND", "OR NOT", "title:",
                "title:foo", "x".repeat(5_000), words(1_000), words(31), "\u0000\u0007abc\u001b[31m\u007f",
                "\ud800", ")(", "((((((((((", "-", "+", "|||", "~", "foo~999", "\"a b\"~99999", "\\", "\\\\*",
                "-*", "+-|~\"()*", "<script>alert(1)</script>", "%00", "🚀");
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void anyQueryTextGetsAPage(String query) throws Exception {
        HttpResponse<String> response = searchPage(query, 1);
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<p class=\"notice\" role=\"status\">") || page.contains("No post matches")
                || page.contains("found"), page);
        assertFalse(page.contains("Exception") || page.contains("at org.") || page.contains("at inkwell."), page);
        assertFalse(page.contains("<script>alert"), "the query is shown as text");
    }

    @Test
    void tooLongTooManyWordsAndBarePrefixesSayWhy() throws Exception {
        assertTrue(search("x".repeat(5_000)).contains("That search is too long: use at most 500 characters."));
        assertTrue(search(words(31)).contains("That search has too many words: use at most 30."));
        assertTrue(search("*").contains("Put at least 2 letters before a *"));
        assertTrue(search("AND OR").contains("There is nothing to look for in that search"));
    }
}
