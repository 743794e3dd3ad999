package inkwell.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The passages of a post's text that matched, as HTML: the text escaped ({@link HtmlText}),
 * the matched words in {@code <mark>}, and nothing else, so a post that talks about {@code <script>} shows it.
 */
final class Snippets {
    static final int FRAGMENT_CHARS = 180;
    static final int FRAGMENTS = 2;
    /** A very long post is looked at up to here: enough for a passage, bounded in time. */
    static final int ANALYZED_CHARS = 100_000;
    private static final String GAP = " … ";

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The best passages, looked for as prose, then as identifiers ("hash map" matched inside HashMap). */
    String of(Query query, String text) {
        for (String field : new String[] {Fields.TEXT, Fields.parts(Fields.TEXT)}) {
            String found = passages(query, field, text);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return HtmlText.escape(opening(text)); // the match was in the title, the author or a tag
    }

    private String passages(Query query, String field, String text) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                new HtmlText(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        highlighter.setMaxDocCharsToAnalyze(ANALYZED_CHARS);
        try {
            return String.join(GAP, highlighter.getBestFragments(analyzer, field, text, FRAGMENTS)).strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            return "";
        }
    }

    private static String opening(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + "…";
    }
}
