package inkwell.search;

import inkwell.posts.PostChange;
import inkwell.posts.PublicPosts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of the public posts. It opens in the background, no sooner than {@link #OPEN_AFTER} after the
 * start (start-up never waits for it, nor shares the cores with it): at once ({@link #start}), or at the first
 * search or write ({@link #startOnDemand}, as the blog does: Lucene's 600 classes and the index's files cost a
 * reading-only blog some 5 MiB of resident memory for nothing). It rebuilds itself when missing, damaged, behind
 * the database or not closed cleanly, and follows every write: the follower re-reads the post
 * from the database under one lock, so whatever order writers' threads arrive in, the index ends as the
 * database is, and a deleted post is gone from results before its writer's answer goes out.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    static final int BATCH = 200;
    /**
     * How long after the start the index opens: checking it against the database reads every post's row (0.8 s
     * of CPU at 100,000 posts, measured with JFR), and a rebuild takes a core for minutes; neither may compete
     * with the first pages.
     */
    static final Duration OPEN_AFTER = Duration.ofSeconds(2);

    private final Path folder;
    private final PostSource source;
    /** Made on the index's thread: loading Lucene's analyzers is start-up time the pages need not wait for. */
    private volatile Analyzer analyzer;
    private final Object lock = new Object();
    /** Notified when the opening ends, ready or failed. */
    private final Object readiness = new Object();
    /** Posts written while the index was being built, applied once the bulk is in. */
    private final Set<Long> pending = new LinkedHashSet<>();
    private final Thread opening;
    private final AtomicBoolean openingStarted = new AtomicBoolean();
    /** When {@link #start} or {@link #startOnDemand} was called; 0 before. */
    private volatile long startedAt;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean closed;
    private volatile boolean failed;

    SearchIndex(Path folder, PostSource source) {
        this.folder = folder;
        this.source = source;
        this.opening = new Thread(this::open, "inkwell-search-index");
        opening.setDaemon(true);
    }

    /** The index in {@code folder}: it takes writes at once, and opens (or builds) in the background on start. */
    public static SearchIndex inFolder(Path folder, PublicPosts posts) {
        return new SearchIndex(folder, PostSource.of(posts));
    }

    /** Opens (or builds) the index in the background; searches say it is being built until it is ready. */
    public SearchIndex start() {
        startOnDemand();
        openSoon();
        return this;
    }

    /**
     * Opens (or builds) the index in the background at the first search or write; until then nothing of Lucene
     * is loaded. Writes are followed as ever: the first one opens the index, which applies it once open.
     */
    public SearchIndex startOnDemand() {
        startedAt = System.nanoTime();
        return this;
    }

    private void openSoon() {
        if (startedAt != 0 && !closed && openingStarted.compareAndSet(false, true)) {
            opening.start();
        }
    }

    /**
     * Null until the index is ready. The first search opens an index started on demand, and waits for it a
     * little ({@code wait}), so that its answer is usually the results rather than "being built".
     */
    Analyzer analyzer(Duration wait) {
        openSoon();
        long until = System.nanoTime() + wait.toNanos();
        synchronized (readiness) {
            while (!ready() && !failed && !closed && System.nanoTime() < until) {
                try {
                    readiness.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return ready() ? analyzer : null;
    }

    /** Null until the index is ready. */
    Analyzer analyzer() {
        return analyzer(Duration.ZERO);
    }

    boolean ready() {
        return searchers != null;
    }

    /** Whether opening has begun (it waits out {@link #OPEN_AFTER} first): for tests of the on-demand start. */
    boolean openingStarted() {
        return openingStarted.get();
    }

    /** True when the index could not be opened nor built: it will not be ready before the next start. */
    boolean failed() {
        return failed;
    }

    /** Follows one committed write; never throws at the writer, whose post is saved whatever happens here. */
    public void follow(PostChange change) {
        followAll(List.of(change));
    }

    /** As {@link #follow}, for many posts written at once (an import): one commit for the lot. */
    public void followAll(List<PostChange> changes) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (searchers == null) {
                changes.forEach(change -> pending.add(change.id()));
                openSoon();
                return;
            }
            try {
                for (PostChange change : changes) {
                    refresh(change.id());
                }
                commit();
            } catch (IOException | RuntimeException e) {
                // Only a clean stop marks the index as trusted: the next start after a crash rebuilds it.
                LOG.warn("The search index could not follow the change to {} post(s): {}", changes.size(),
                        e.toString());
            }
        }
    }

    /** Runs {@code work} on the newest searcher; empty while the index is still being built. */
    <T> Optional<T> read(SearcherWork<T> work) throws IOException {
        SearcherManager current = searchers;
        if (current == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = current.acquire();
        try {
            return Optional.of(work.apply(searcher));
        } finally {
            current.release(searcher);
        }
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void open() {
        if (!waitedForStartUp()) {
            return;
        }
        try {
            analyzer = Analyzers.forIndex();
            directory = IndexFolder.open(folder);
            String fingerprint = source.fingerprint();
            if (IndexFolder.current(directory, fingerprint)) {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            } else if (!rebuild()) {
                return;
            }
            synchronized (lock) {
                if (closed) {
                    return;
                }
                for (long id : pending) {
                    refresh(id);
                }
                pending.clear();
                commit();
                searchers = new SearcherManager(writer, null);
            }
            LOG.info("Search index ready in {}", folder);
        } catch (IOException | RuntimeException e) {
            failed = true;
            LOG.error("The search index could not be opened in {}; search is unavailable until the next start",
                    folder, e);
        } finally {
            synchronized (readiness) {
                readiness.notifyAll();
            }
        }
    }

    /**
     * Waits until the blog's start-up is over (its first pages served, the browser's first requests answered);
     * false when Inkwell stopped meanwhile.
     */
    private boolean waitedForStartUp() {
        long until = startedAt + OPEN_AFTER.toNanos();
        while (!closed && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closed;
    }

    /** Builds the index from nothing; false when Inkwell stopped meanwhile. */
    private boolean rebuild() throws IOException {
        long started = System.nanoTime();
        IndexFolder.empty(directory);
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        long after = 0;
        int count = 0;
        List<IndexedPost> batch;
        while (!(batch = source.after(after, BATCH)).isEmpty()) {
            if (closed) {
                return false;
            }
            for (IndexedPost post : batch) {
                writer.addDocument(PostDocuments.of(post));
                after = post.id();
            }
            count += batch.size();
        }
        commit();
        LOG.info("Search index built: {} posts in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCodec(new IndexCodec());
    }

    /** The post as the database has it now: indexed again, or gone when deleted or no longer public. */
    private void refresh(long id) throws IOException {
        Optional<IndexedPost> post = source.find(id);
        if (post.isPresent()) {
            writer.updateDocument(PostDocuments.idTerm(id), PostDocuments.of(post.get()));
        } else {
            writer.deleteDocuments(PostDocuments.idTerm(id));
        }
    }

    /**
     * Commits while Inkwell runs, marked as not closed: no database fingerprint is read (a pass over every post),
     * since the next start trusts only the mark a clean stop leaves ({@link IndexFolder#closedStamp}).
     */
    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(IndexFolder.FINGERPRINT, IndexFolder.RUNNING).entrySet());
        writer.commit();
        SearcherManager current = searchers;
        if (current != null) {
            current.maybeRefreshBlocking();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (readiness) {
            readiness.notifyAll();
        }
        try {
            opening.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            // Every write has been followed (the server stopped first; a follow in progress held this lock): the
            // index is as the database is, and says so for the next start.
            if (searchers != null && writer != null) {
                try {
                    writer.setLiveCommitData(Map.of(IndexFolder.FINGERPRINT,
                            IndexFolder.closedStamp(source.fingerprint())).entrySet());
                    writer.commit();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The search index could not be marked as closed cleanly; the next start rebuilds it: {}",
                            e.toString());
                }
            }
            // A rebuild cut short is rolled back: its commit point, if any, still tells the next start the truth.
            try {
                IOUtils.close(searchers, writer == null ? null : () -> writer.rollback(), directory);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The search index did not close cleanly: {}", e.toString());
            }
        }
    }
}
