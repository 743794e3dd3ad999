package inkwell.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/** The one analyzer of the index, for writing and for queries alike: English prose, or identifiers by parts. */
final class Analyzers {
    private static final int SPLIT = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private Analyzers() {
    }

    static Analyzer forIndex() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer parts = new IdentifierParts();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                Fields.parts(Fields.TITLE), parts, Fields.parts(Fields.TAGS), parts, Fields.parts(Fields.ANY), parts));
    }

    /**
     * Words are runs of letters, digits and underscores (so {@code map.computeIfAbsent(k)} gives
     * {@code map} and {@code computeIfAbsent}), each also split into its parts; English stop words go, or a
     * query of "and or" would match every post through this field.
     */
    static final class IdentifierParts extends Analyzer {
        private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || c == '_');
            TokenStream stream = new WordDelimiterGraphFilter(words, SPLIT, null);
            // The index takes no token graphs; flattened, a phrase of parts ("hash map") still matches.
            stream = new FlattenGraphFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(words, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
