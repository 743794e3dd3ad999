package inkwell.firstpages;

import inkwell.auth.SignInLink;
import inkwell.web.http.PagesGate;
import inkwell.web.view.Viewer;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the blog answers while its database is still starting, so that the first page does not wait for Derby:
 * the launcher's sign-in link (it needs no database) and the home page, from the copy the last clean shutdown
 * left ({@link FirstPagesFile}), but only where nothing can have changed since: the same code and settings, the
 * database's files untouched, no scheduled post due, the same day (the week's most read counts by day), and every
 * date on the page still reading the same. Anything else, or any doubt, waits for the database as before.
 */
public final class FirstPages implements PagesGate.Early {
    private static final Logger LOG = LoggerFactory.getLogger(FirstPages.class);

    private final SignInLink signIn;
    private final Map<Viewer, HomeCopy> homes;
    private final Instant validUntil;
    // Pages answered from the copy. Nothing in the product reads it: tests use it to tell a copy from a rendering.
    private final AtomicLong answered = new AtomicLong();
    private final CompletableFuture<Void> homeSent = new CompletableFuture<>();

    private FirstPages(SignInLink signIn, Map<Viewer, HomeCopy> homes, Instant validUntil) {
        this.signIn = signIn;
        this.homes = homes;
        this.validUntil = validUntil;
    }

    private static FirstPages none(SignInLink signIn) {
        return new FirstPages(signIn, Map.of(), Instant.MIN);
    }

    /**
     * Takes the copy the last run left (deleting its file whatever it holds) and keeps it if it still holds.
     * {@code settings} names what else the pages depend on (the version, the settings given on the command line).
     */
    public static FirstPages take(Path dataDir, String settings, SignInLink signIn) {
        try {
            Optional<FirstPagesFile.Contents> contents = FirstPagesFile.take(dataDir);
            if (contents.isEmpty()) {
                return none(signIn);
            }
            Optional<String> stale = stale(contents.get(), dataDir, settings, Instant.now());
            if (stale.isPresent()) {
                LOG.info("The last run's home page is not shown at start: {}", stale.get());
                return none(signIn);
            }
            Map<Viewer, HomeCopy> homes = new EnumMap<>(Viewer.class);
            Instant now = Instant.now();
            for (HomeCopy home : contents.get().homes()) {
                Optional<HomeCopy> current = home.withDatesReadAt(contents.get().renderedAt(), now);
                current.ifPresentOrElse(read -> homes.put(read.viewer(), read), () -> LOG.info(
                        "The last run's home page for the {} is not shown at start: a date on it cannot be read again",
                        home.viewer().name().toLowerCase(java.util.Locale.ROOT)));
            }
            return new FirstPages(signIn, homes, contents.get().validUntil());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The last run's home page could not be read; the first page waits for the database: {}",
                    e.getMessage());
            return none(signIn);
        }
    }

    private static Optional<String> stale(FirstPagesFile.Contents contents, Path dataDir, String settings, Instant now)
            throws IOException {
        if (!contents.code().equals(codeStamp(settings))) {
            return Optional.of("Inkwell or its settings changed");
        }
        if (!contents.database().equals(FolderStamp.ofFiles(dataDir.resolve("db")))) {
            return Optional.of("the database was opened or replaced since");
        }
        if (now.isBefore(contents.renderedAt()) || !now.isBefore(contents.validUntil())) {
            return Optional.of("it may have changed since (a new day, or a scheduled post due)");
        }
        return Optional.empty();
    }

    @Override
    public boolean answered(HttpServerExchange exchange) {
        boolean get = exchange.getRequestMethod().equals(Methods.GET);
        if (get && signIn.answer(exchange)) {
            return true;
        }
        if (!(get || exchange.getRequestMethod().equals(Methods.HEAD)) || !"/".equals(exchange.getRequestPath())
                || !exchange.getQueryString().isEmpty()) {
            return false;
        }
        HomeCopy home = homes.get(Viewer.of(exchange));
        // A scheduled post may come due while the database starts: from then on the copy is no longer the page.
        if (home == null || !Instant.now().isBefore(validUntil)) {
            return false;
        }
        answered.incrementAndGet();
        home.send(exchange);
        homeSent.complete(null);
        return true;
    }

    /**
     * Completes once a home page has gone out from the copy, or after {@code atMostMillis} when none is asked for:
     * the start waits for it before it opens the database, so that the first page has both cores to itself.
     */
    public CompletableFuture<Void> homeSentOrAfter(long atMostMillis) {
        return homeSent.copy().completeOnTimeout(null, atMostMillis, TimeUnit.MILLISECONDS);
    }

    /** Whether the last run left a home page that this start can show. */
    public boolean hasCopy() {
        return !homes.isEmpty();
    }

    /** How many home pages were answered from the last run's copy. */
    public long answeredFromCopy() {
        return answered.get();
    }

    /**
     * Renders the home pages for the next start, while the database is still open ({@code render} gets the blog's
     * address and the viewer). {@code nextScheduled} is when a scheduled post goes public, if one waits.
     */
    public static Leaving render(BiFunction<String, Viewer, byte[]> render, Optional<Instant> nextScheduled,
                                 String settings) {
        Instant now = Instant.now();
        String base = "http://first-page-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)) + ".invalid/";
        List<HomeCopy> copies = new ArrayList<>();
        for (Viewer viewer : List.of(Viewer.OWNER, Viewer.VISITOR)) {
            copies.add(HomeCopy.cut(viewer, render.apply(base, viewer), base));
        }
        Instant midnight = LocalDate.ofInstant(now, ZoneId.systemDefault()).plusDays(1)
                .atStartOfDay(ZoneId.systemDefault()).toInstant();
        Instant validUntil = nextScheduled.filter(midnight::isAfter).orElse(midnight);
        return new Leaving(settings, now, validUntil, List.copyOf(copies));
    }

    /** Home pages rendered at shutdown, written once the database has shut down cleanly. */
    public static final class Leaving {
        private final String settings;
        private final Instant renderedAt;
        private final Instant validUntil;
        private final List<HomeCopy> homes;

        private Leaving(String settings, Instant renderedAt, Instant validUntil, List<HomeCopy> homes) {
            this.settings = settings;
            this.renderedAt = renderedAt;
            this.validUntil = validUntil;
            this.homes = homes;
        }

        /** Writes them beside the database, stamped with its files as they now lie at rest. */
        public void write(Path dataDir) throws IOException {
            FirstPagesFile.write(dataDir, new FirstPagesFile.Contents(codeStamp(settings),
                    FolderStamp.ofFiles(dataDir.resolve("db")), renderedAt, validUntil, homes));
        }
    }

    private static String codeStamp(String settings) throws IOException {
        try {
            Path code = Path.of(FirstPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return settings + " " + FolderStamp.ofCode(code);
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("where Inkwell's code lies is unknown: " + e.getMessage(), e);
        }
    }
}
