package inkwell.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * What a reader typed, as a query or as the sentence that says why it cannot be one. Lucene's
 * {@link SimpleQueryParser} never throws (unbalanced quotes and lone operators are read as well as they can
 * be); before it, limits keep any text cheap: its length, its number of words, and prefixes of at least two
 * letters, each expanded to a bounded number of words.
 */
final class ReaderQueries {
    static final int MAX_CHARS = 500;
    static final int MAX_WORDS = 30;
    static final int MAX_PREFIX_WORDS = 64;
    static final int MIN_PREFIX = 2;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]+");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** A * after fewer than two letters or digits: a prefix that would match nearly every word. */
    private static final Pattern SHORT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}_][\\p{L}\\p{N}_])\\*");
    /** Where each word must be: anywhere in the post, as prose or as an identifier's part. */
    private static final Map<String, Float> MATCHING = Map.of(Fields.ANY, 1f, Fields.parts(Fields.ANY), 0.8f);
    /** What ranks a post higher, over its match anywhere: a title match most, then tags, then the author. */
    private static final Map<String, Float> RANKING = ranking();
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.NEAR_OPERATOR;

    private final Analyzer analyzer;

    ReaderQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * A query to run and the query its snippets mark, or a message for the reader (the one or the others).
     * The marking query asks the text field alone, for any of the words: the highlighter runs it against each
     * result (the full query, every field of every word, cost most of a results page), and a result that has one
     * word in its title and the other in its text still shows that other word marked.
     */
    record Reading(Query query, Query marking, String message) {
        static Reading says(String message) {
            return new Reading(null, null, message);
        }
    }

    Reading read(String typed) {
        String text = CONTROL.matcher(typed).replaceAll(" ").strip();
        if (text.length() > MAX_CHARS) {
            return Reading.says("That search is too long: use at most " + MAX_CHARS + " characters.");
        }
        if (WORDS.split(text).length > MAX_WORDS) {
            return Reading.says("That search has too many words: use at most " + MAX_WORDS + ".");
        }
        if (SHORT_PREFIX.matcher(text).find()) {
            return Reading.says("Put at least " + MIN_PREFIX + " letters before a *, as in cach* for cache, "
                    + "caches and caching.");
        }
        Query matching = new Parser(analyzer, MATCHING, BooleanClause.Occur.MUST).parse(text);
        if (matching == null || matching instanceof MatchNoDocsQuery) {
            return Reading.says("There is nothing to look for in that search: try a word you remember from "
                    + "the post.");
        }
        Query marking = new Parser(analyzer, Map.of(Fields.TEXT, 1f), BooleanClause.Occur.SHOULD).parse(text);
        return new Reading(ranked(matching, new Parser(analyzer, RANKING, BooleanClause.Occur.SHOULD).parse(text)),
                marking == null ? new MatchNoDocsQuery() : marking, null);
    }

    /**
     * The posts {@code matching} finds, scored higher where {@code ranking} matches too. Optional, the ranking
     * clauses never widen the results, and Lucene skips scoring them for posts that cannot reach the page.
     */
    private static Query ranked(Query matching, Query ranking) {
        if (ranking == null || ranking instanceof MatchNoDocsQuery) {
            return matching;
        }
        return new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
                .add(ranking, BooleanClause.Occur.SHOULD).build();
    }

    private static Map<String, Float> ranking() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(Fields.TITLE, 5f);
        weights.put(Fields.parts(Fields.TITLE), 4f);
        weights.put(Fields.TAGS, 3f);
        weights.put(Fields.parts(Fields.TAGS), 2.5f);
        weights.put(Fields.AUTHOR, 2f);
        return weights;
    }

    /** Words in these fields, all of them or any (MUST, SHOULD); a prefix takes its most frequent words only. */
    private static final class Parser extends SimpleQueryParser {
        Parser(Analyzer analyzer, Map<String, Float> weights, BooleanClause.Occur eachWord) {
            super(analyzer, weights, OPERATORS);
            setDefaultOperator(eachWord);
        }

        @Override
        public Query newPrefixQuery(String text) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> weight : weights.entrySet()) {
                Term prefix = new Term(weight.getKey(), getAnalyzer().normalize(weight.getKey(), text));
                Query query = new PrefixQuery(prefix,
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_WORDS));
                fields.add(new BoostQuery(query, weight.getValue()), BooleanClause.Occur.SHOULD);
            }
            return simplify(fields.build());
        }
    }
}
