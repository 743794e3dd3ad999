package inkwell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A reader's search, start to end: the query read, the index asked, one page of results with snippets. */
final class Searching {
    private static final Logger LOG = LoggerFactory.getLogger(Searching.class);
    static final int PER_PAGE = 10;
    /** Further than this nobody pages; the bound keeps each page's cost bounded too. */
    static final int MAX_PAGES = 100;
    /**
     * How long a search waits for an index that is opening (the first search opens it): a blog's index opens in
     * well under this; a rebuild takes longer, and the reader is told so.
     */
    static final Duration OPENING_WAIT = Duration.ofSeconds(5);
    static final String BUILDING = "The search index is being built; try again in a moment.";
    static final String UNAVAILABLE = "Search is not available right now; the log says why.";
    static final String BUSY = "Many searches are running right now; try again in a moment.";

    /** What a result shows, and the text its snippet is cut from: read together, each stored block once. */
    private static final Set<String> READ = Set.of(Fields.TITLE, Fields.PATH, Fields.AUTHOR, Fields.CREATED,
            Fields.TEXT);

    private final SearchIndex index;
    private final RecentResults recent = new RecentResults();
    private final SearchTurns turns;

    Searching(SearchIndex index) {
        this(index, new SearchTurns());
    }

    Searching(SearchIndex index, SearchTurns turns) {
        this.index = index;
        this.turns = turns;
    }

    SearchPage search(String typed, int page) {
        if (typed == null || typed.isBlank()) {
            return SearchPage.blank();
        }
        Analyzer analyzer = index.analyzer(OPENING_WAIT);
        if (analyzer == null) {
            return SearchPage.saying(typed, index.failed() ? UNAVAILABLE : BUILDING);
        }
        ReaderQueries.Reading reading = new ReaderQueries(analyzer).read(typed);
        if (reading.message() != null) {
            return SearchPage.saying(typed, reading.message());
        }
        try {
            // A kept page is answered at once; only a new search waits for its turn on the cores.
            Optional<SearchPage> found = index.read(searcher -> recent.get(version(searcher), typed, page,
                    () -> turns.inTurn(() -> page(searcher, analyzer, typed, reading, page))
                            .orElseGet(() -> SearchPage.saying(typed, BUSY))));
            return found.orElseGet(() -> SearchPage.saying(typed, BUILDING));
        } catch (IOException | RuntimeException e) {
            LOG.warn("A search failed: {}", e.toString());
            return SearchPage.saying(typed, UNAVAILABLE);
        }
    }

    private static long version(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    private SearchPage page(IndexSearcher searcher, Analyzer analyzer, String typed, ReaderQueries.Reading reading,
                            int requested) {
        try {
            return readPage(searcher, analyzer, typed, reading, requested);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchPage readPage(IndexSearcher searcher, Analyzer analyzer, String typed,
                                ReaderQueries.Reading reading, int requested) throws IOException {
        int page = Math.min(Math.max(requested, 1), MAX_PAGES);
        TopDocs top = searcher.search(reading.query(), page * PER_PAGE);
        long total = top.totalHits.value;
        int pages = (int) Math.max(1, Math.min(MAX_PAGES, (total + PER_PAGE - 1) / PER_PAGE));
        if (page > pages) { // past the end: the last page there is
            return readPage(searcher, analyzer, typed, reading, pages);
        }
        ScoreDoc[] onPage = Arrays.copyOfRange(top.scoreDocs, Math.min((page - 1) * PER_PAGE,
                top.scoreDocs.length), top.scoreDocs.length);
        StoredFields stored = searcher.storedFields(); // one reader for the page: each one has its own buffers
        Document[] posts = new Document[onPage.length];
        String[] texts = new String[onPage.length];
        for (int i = 0; i < onPage.length; i++) {
            posts[i] = stored.document(onPage[i].doc, READ);
            texts[i] = posts[i].get(Fields.TEXT);
        }
        String[] snippets = Snippets.of(searcher, analyzer, reading.marking(), new TopDocs(top.totalHits, onPage),
                texts);
        List<SearchResult> results = new ArrayList<>();
        for (int i = 0; i < onPage.length; i++) {
            Document post = posts[i];
            results.add(new SearchResult(post.get(Fields.TITLE), post.get(Fields.PATH), post.get(Fields.AUTHOR),
                    Instant.ofEpochMilli(post.getField(Fields.CREATED).numericValue().longValue()),
                    snippets[i] == null ? "" : snippets[i]));
        }
        boolean atLeast = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        return new SearchPage(typed, null, results, total, atLeast, page, pages);
    }
}
