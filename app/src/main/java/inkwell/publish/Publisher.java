package inkwell.publish;

import inkwell.publish.target.PublishTargets;
import inkwell.publish.target.CredentialStore;
import inkwell.publish.target.PublishFailure;
import inkwell.publish.target.PublishResult;
import inkwell.publish.target.PublishTarget;
import inkwell.site.CurrentSite;
import inkwell.site.PublicAddress;
import inkwell.site.SettingValues;
import inkwell.storage.StorageFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing, one at a time: renders the static site, hands it to the target, and remembers how it ended. A
 * request while a publish runs joins it. With "publish after every save" on, a burst of saves makes one publish
 * a moment after the last of them; a save during a publish makes one more when it is done, so the published
 * site always ends up with the newest text. The local blog is never touched: a failure only has a message.
 */
public final class Publisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    /** Saves come in bursts (a post, then its typo fixed): wait this long after the last before publishing. */
    static final long AFTER_SAVE_DELAY_MILLIS = 1500;
    static final long CLOSE_WAIT_SECONDS = 10;

    private final SiteRenderer renderer;
    private final CurrentSite site;
    private final PublishSettingsStore store;
    private final CredentialStore credentials;
    private final Path dataDir;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private PublishJob current;
    private long jobs;
    private ScheduledFuture<?> afterSave;
    private boolean againWhenDone;

    public Publisher(SiteRenderer renderer, CurrentSite site, SettingValues values, Path dataDir, Clock clock) {
        this.renderer = renderer;
        this.site = site;
        this.store = new PublishSettingsStore(values);
        this.credentials = new CredentialStore(dataDir);
        this.dataDir = dataDir;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inkwell-publisher");
            thread.setDaemon(true);
            return thread;
        });
    }

    public PublishSettings settings() {
        return store.settings();
    }

    public void saveSettings(PublishSettings settings) throws StorageFailure {
        store.save(settings);
    }

    public CredentialStore credentials() {
        return credentials;
    }

    /** The publish running now, or else the last one this run of Inkwell made. */
    public synchronized Optional<PublishJob> currentJob() {
        return Optional.ofNullable(current);
    }

    /** How the last publish ended, also one made before a restart. */
    public Optional<PublishOutcome> lastOutcome() {
        Optional<PublishJob> job = currentJob();
        if (job.isPresent() && job.get().outcome().isPresent()) {
            return job.get().outcome();
        }
        return store.lastOutcome();
    }

    /**
     * A publish asked for from the command line: what it gives, else what the Publish page saved. The folder or
     * address and branch are the user's; the public address only when given ({@code --base-url}).
     */
    public PublishRequest request(String target, String branch, Optional<PublicAddress> address) {
        PublishSettings saved = store.settings();
        return new PublishRequest(target.isBlank() ? saved.target() : target.strip(),
                branch.isBlank() ? saved.branch() : branch.strip(), address);
    }

    /** Starts a publish, or joins the one running. */
    public synchronized PublishJob publish(PublishRequest request) {
        if (current != null && current.running()) {
            return current;
        }
        PublishJob job = new PublishJob(++jobs, clock);
        current = job;
        worker.execute(() -> run(job, request));
        return job;
    }

    /** A post or the settings were saved: publish soon, when the owner asked for it. */
    public synchronized void changed() {
        PublishSettings settings;
        try {
            settings = store.settings();
        } catch (StorageFailure e) {
            LOG.warn("Could not read the publish settings after a save: {}", e.getMessage());
            return;
        }
        if (!settings.afterSave() || !settings.hasTarget()) {
            return;
        }
        if (current != null && current.running()) {
            againWhenDone = true;
            return;
        }
        if (afterSave != null) {
            afterSave.cancel(false);
        }
        afterSave = worker.schedule(() -> publish(PublishRequest.of(store.settings())), AFTER_SAVE_DELAY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void run(PublishJob job, PublishRequest request) {
        Optional<String> live = Optional.empty();
        try {
            PublicAddress address = request.address().or(() -> site.settings().publicAddress())
                    .orElseThrow(Publisher::noAddress);
            live = Optional.of(address.base());
            PublishTarget target = PublishTargets.forAddress(request.target(), request.branch(), credentials.load(),
                    site.settings().author(), dataDir);
            job.step("Rendering the site for " + address.base());
            SiteFiles files = renderer.render(address);
            job.step(String.format("Rendered %,d files (%,d KB)", files.size(), files.totalBytes() / 1024));
            PublishResult result = target.publish(files, job);
            String summary = summary(result);
            finish(job, true, summary, live);
            LOG.info("Published to {}: {}", target, summary);
        } catch (NoPublicAddress e) {
            finish(job, false, noAddress().getMessage(), live);
        } catch (PublishFailure e) {
            // A plain, expected failure (a wrong token, an unreachable host) that the user is shown: the log
            // keeps it with its cause at INFO, so a command line's own error line is not said twice.
            LOG.info("Publish failed: {}", e.getMessage(), e.getCause());
            finish(job, false, e.getMessage(), live);
        } catch (RuntimeException e) {
            LOG.error("Publish failed", e);
            finish(job, false, "The site could not be published: " + plain(e) + ". Your blog is unchanged.", live);
        }
    }

    private void finish(PublishJob job, boolean succeeded, String summary, Optional<String> live) {
        job.finish(succeeded, summary, live);
        try {
            store.saveOutcome(job.outcome().orElseThrow());
        } catch (StorageFailure e) {
            LOG.warn("Could not record how the publish ended: {}", e.getMessage());
        }
        boolean again;
        synchronized (this) {
            again = againWhenDone;
            againWhenDone = false;
        }
        if (again) {
            changed();
        }
    }

    static String summary(PublishResult result) {
        if (!result.changed()) {
            return "Already up to date: nothing changed since the last publish.";
        }
        int count = result.changedPaths().size();
        return String.format("Published: %,d %s changed%s.", count, count == 1 ? "file" : "files",
                result.commitId().map(id -> " (commit " + id.substring(0, Math.min(7, id.length())) + ")").orElse(""));
    }

    private static PublishFailure noAddress() {
        return new PublishFailure("Set the blog's public address in Settings first (or give --base-url): feeds, the "
                + "sitemap and link previews need to know where readers will find the blog.");
    }

    private static String plain(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an unexpected error (see the log)" : message;
    }

    /** Lets a running publish finish (a half-pushed site helps nobody), for a while, then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A publish was still running at shutdown and was stopped");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
