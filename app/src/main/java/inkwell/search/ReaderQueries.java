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
    /** Title matches count for more than author, tag and text matches. */
    private static final Map<String, Float> WEIGHTS = weights();
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.NEAR_OPERATOR;

    private final Analyzer analyzer;

    ReaderQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A query to run, or a message for the reader (exactly one of the two). */
    record Reading(Query query, String message) {
        static Reading says(String message) {
            return new Reading(null, message);
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
        Query query = new Parser(analyzer).parse(text);
        if (query == null || query instanceof MatchNoDocsQuery) {
            return Reading.says("There is nothing to look for in that search: try a word you remember from "
                    + "the post.");
        }
        return new Reading(query, null);
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(Fields.TITLE, 5f);
        weights.put(Fields.parts(Fields.TITLE), 4f);
        weights.put(Fields.TAGS, 3f);
        weights.put(Fields.parts(Fields.TAGS), 2.5f);
        weights.put(Fields.AUTHOR, 2f);
        weights.put(Fields.TEXT, 1f);
        weights.put(Fields.parts(Fields.TEXT), 0.8f);
        return weights;
    }

    /** All words must be found (in any field); a prefix takes its most frequent words only. */
    private static final class Parser extends SimpleQueryParser {
        Parser(Analyzer analyzer) {
            super(analyzer, WEIGHTS, OPERATORS);
            setDefaultOperator(BooleanClause.Occur.MUST);
        }

        @Override
        public Query newPrefixQuery(String text) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> weight : WEIGHTS.entrySet()) {
                Term prefix = new Term(weight.getKey(), getAnalyzer().normalize(weight.getKey(), text));
                Query query = new PrefixQuery(prefix,
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_WORDS));
                fields.add(new BoostQuery(query, weight.getValue()), BooleanClause.Occur.SHOULD);
            }
            return simplify(fields.build());
        }
    }
}
