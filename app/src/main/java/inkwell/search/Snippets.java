package inkwell.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The passages of each result's text that matched, as HTML: the text escaped ({@link HtmlText}), the matched
 * words in {@code <mark>}, and nothing else, so a post that talks about {@code <script>} shows it. Lucene's
 * {@link UnifiedHighlighter} cuts them using the offsets kept in the index; a result that matched elsewhere
 * (its title, its author, an identifier's part) shows its opening instead.
 */
final class Snippets {
    static final int FRAGMENTS = 2;
    /**
     * Passages end at a full stop near this length, around the match. Full stops, not the JDK's sentence
     * boundaries: its rules cost half of all highlighting (measured: 1.4 against 0.7 ms for ten 4 KB posts), and
     * a passage that ends at the dot of {@code map.get} reads as well.
     */
    static final int PASSAGE_CHARS = 160;
    /** A very long post is looked at up to here: enough for a passage, bounded in time. */
    static final int ANALYZED_CHARS = 100_000;
    private static final String GAP = " … ";

    private Snippets() {
    }

    /**
     * One snippet per hit of {@code top}, in its order, cut from {@code texts} (each hit's stored text, read
     * once with the fields a result shows: reading them twice decompressed each stored block twice).
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query marking, TopDocs top, String[] texts)
            throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Marks()).withMaxLength(ANALYZED_CHARS).withScorer(new PassageScores())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('.'), PASSAGE_CHARS, 0.5f));
        return new ReadTexts(builder, top, texts).highlight(Fields.TEXT, marking, top, FRAGMENTS);
    }

    /** The highlighter, given the texts already read instead of reading them from the index again. */
    private static final class ReadTexts extends UnifiedHighlighter {
        private final Map<Integer, String> byDoc = new HashMap<>();

        ReadTexts(Builder builder, TopDocs top, String[] texts) {
            super(builder);
            for (int i = 0; i < texts.length; i++) {
                byDoc.put(top.scoreDocs[i].doc, texts[i] == null ? "" : texts[i]);
            }
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheChars)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] perField = new CharSequence[fields.length];
                Arrays.fill(perField, byDoc.getOrDefault(doc, ""));
                values.add(perField);
            }
            return values;
        }
    }

    /**
     * Lucene's passage score (BM25 over a passage's matches), counted without its per-passage hash of terms: that
     * hash takes a 32 KB block for every passage looked at, a megabyte per results page, and a young collection
     * per search in the launcher's 4 MB young generation.
     */
    static final class PassageScores extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int seen = 0;
                while (seen < distinct && !terms[seen].bytesEquals(term)) {
                    seen++;
                }
                if (seen == distinct) {
                    terms[distinct] = term;
                    inDoc[distinct++] = passage.getMatchTermFreqsInDoc()[i];
                }
                inPassage[seen]++;
            }
            double score = 0;
            for (int i = 0; i < distinct; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }

    /** Escapes every character of the text between the marks: the only markup in a snippet is ours. */
    private static final class Marks extends PassageFormatter {
        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder html = new StringBuilder();
            int shown = 0;
            for (Passage passage : passages) {
                if (html.length() > 0) {
                    html.append(GAP);
                }
                shown = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], shown);
                    int end = passage.getMatchEnds()[i];
                    if (end <= start) {
                        continue; // a match inside one already marked (a phrase over its words)
                    }
                    html.append(HtmlText.escape(content.substring(shown, start))).append("<mark>")
                            .append(HtmlText.escape(content.substring(start, end))).append("</mark>");
                    shown = end;
                }
                html.append(HtmlText.escape(content.substring(shown, Math.max(shown, passage.getEndOffset()))));
            }
            return html.toString().strip();
        }
    }
}
