package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Eventually;
import inkwell.settings.Settings;
import inkwell.site.CurrentSite;
import inkwell.site.PublicAddress;
import inkwell.site.SettingValues;
import inkwell.site.SiteSettings;
import inkwell.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One publish at a time: a request while one runs joins it; a burst of saves makes one publish; a save during a
 * publish makes exactly one more after it. A real Derby keeps the settings; the target is a real folder.
 */
class PublisherTest {
    @TempDir
    Path temp;
    private Database database;
    private Publisher publisher;
    private final AtomicInteger renders = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @BeforeEach
    void start() throws Exception {
        database = Database.open(Settings.headless(temp.resolve("data")));
        CurrentSite site = new CurrentSite(SiteSettings.defaults()
                .withPublicAddress(PublicAddress.parse("https://example.org/").orElseThrow()));
        publisher = new Publisher(address -> {
            int render = renders.incrementAndGet();
            try {
                assertTrue(gate.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SiteFiles.of(Map.of("index.html", ("render " + render).getBytes(StandardCharsets.UTF_8)));
        }, site, new SettingValues(database), temp.resolve("data"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gate.countDown();
        publisher.close();
        database.close();
    }

    private PublishRequest toFolder() {
        return new PublishRequest(temp.resolve("site").toString(), "gh-pages", Optional.empty());
    }

    @Test
    void aSecondRequestWhileOneRunsJoinsIt() throws Exception {
        gate = new CountDownLatch(1);
        PublishJob first = publisher.publish(toFolder());
        Eventually.await(Duration.ofSeconds(10), () -> renders.get() == 1, "the first publish to render");
        PublishJob second = publisher.publish(toFolder());
        assertSame(first, second, "joined, not started again");
        gate.countDown();
        Eventually.await(Duration.ofSeconds(30), () -> !first.running(), "the publish to end");
        assertTrue(first.outcome().orElseThrow().succeeded(), first.outcome().toString());
        assertEquals(1, renders.get());
        assertEquals("render 1", Files.readString(temp.resolve("site/index.html")));
        assertTrue(first.outcome().orElseThrow().summary().startsWith("Published: 1 file changed"),
                first.outcome().toString());
    }

    @Test
    void aBurstOfSavesPublishesOnceAndASaveDuringAPublishOnceMore() throws Exception {
        publisher.saveSettings(new PublishSettings(temp.resolve("site").toString(), "gh-pages", true));
        gate = new CountDownLatch(1);
        for (int i = 0; i < 5; i++) {
            publisher.changed();
        }
        Eventually.await(Duration.ofSeconds(10), () -> renders.get() == 1, "one publish after the burst");
        publisher.changed(); // saved again while that publish runs
        publisher.changed();
        gate.countDown();
        Eventually.await(Duration.ofSeconds(20), () -> renders.get() == 2, "one more publish for the later saves");
        Eventually.await(Duration.ofSeconds(20), () -> publisher.currentJob().map(job -> !job.running()).orElse(false),
                "the second publish to end");
        Thread.sleep(Publisher.AFTER_SAVE_DELAY_MILLIS * 2);
        assertEquals(2, renders.get(), "no third publish: nothing was saved after the second began");
        assertEquals("render 2", Files.readString(temp.resolve("site/index.html")));
    }

    @Test
    void withPublishAfterSaveOffASaveChangesNothing() throws Exception {
        publisher.saveSettings(new PublishSettings(temp.resolve("site").toString(), "gh-pages", false));
        publisher.changed();
        Thread.sleep(Publisher.AFTER_SAVE_DELAY_MILLIS * 2);
        assertEquals(0, renders.get());
    }
}
