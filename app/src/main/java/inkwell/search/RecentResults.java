package inkwell.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The result pages of the latest searches, for the index as it is: readers of one blog look for the same few
 * words (the post everyone links to, the topic of the week), and a page with many matches costs milliseconds of
 * highlighting. Each page is kept under the version of the index it was read from, so a write (which makes a
 * new version) is seen by the very next search; pages of older versions are never asked for again and age out.
 */
final class RecentResults {
    /** About 10 KB a page (ten snippets): a megabyte or so at most. */
    static final int KEPT = 128;

    private record Key(long indexVersion, String typed, int page) {
    }

    private final Map<Key, SearchPage> pages = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchPage> eldest) {
            return size() > KEPT;
        }
    };

    /** The page kept for this search of this version of the index, or the one {@code reading} reads (then kept). */
    SearchPage get(long indexVersion, String typed, int page, Supplier<SearchPage> reading) {
        Key key = new Key(indexVersion, typed, page);
        synchronized (pages) {
            SearchPage kept = pages.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Read outside the lock: two readers of the same new search may both read it, neither waits for the other.
        SearchPage read = reading.get();
        if (read.message() == null) { // a notice (busy, unavailable) is for now only, never kept
            synchronized (pages) {
                pages.put(key, read);
            }
        }
        return read;
    }
}
