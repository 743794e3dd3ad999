package inkwell.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import inkwell.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;

    @Test
    void theFirstClaimOwnsTheFolderAndASecondFindsTheRunningBlog() throws Exception {
        SingleInstance.Claim first = SingleInstance.claim(dataDir, Duration.ZERO);
        SingleInstance owner = assertInstanceOf(SingleInstance.Owner.class, first).instance();
        try (RunningBlog blog = RunningBlog.start(Settings.headless(dataDir),
                new AppControl(owner.instanceId(), () -> { }))) {
            owner.publish(blog.blog.url(), blog.blog.signInLink("/"));
            long start = System.nanoTime();
            SingleInstance.Claim second = SingleInstance.claim(dataDir, Duration.ofSeconds(2));
            assertEquals(new SingleInstance.Taken(Optional.of(blog.blog.url()), Optional.of(blog.blog.signInLink("/"))),
                    second);
            // The link signs a browser in: whoever reads the file must be the data folder's owner.
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve(SingleInstance.URL_FILE))));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos());
        } finally {
            owner.close();
        }
        assertInstanceOf(SingleInstance.Owner.class, SingleInstance.claim(dataDir, Duration.ZERO),
                "released on close").instance().close();
    }

    @Test
    void aRecordedUrlIsTrustedOnlyWhenThatInstanceAnswers() throws Exception {
        SingleInstance owner = ((SingleInstance.Owner) SingleInstance.claim(dataDir, Duration.ZERO)).instance();
        // Another blog answers at the recorded URL, but with another instance id: not ours.
        try (RunningBlog stranger = RunningBlog.start(otherDataDir)) {
            Files.writeString(dataDir.resolve(SingleInstance.URL_FILE), stranger.blog.url() + "\nsome-other-id\n");
            assertEquals(new SingleInstance.Taken(Optional.empty(), Optional.empty()), SingleInstance.claim(dataDir, Duration.ofMillis(300)));
        } finally {
            owner.close();
        }
    }

    @Test
    void aStaleLockAndUrlLeftByADeadProcessAreRecovered() throws Exception {
        Files.writeString(dataDir.resolve(SingleInstance.LOCK_FILE), "");
        Files.writeString(dataDir.resolve(SingleInstance.URL_FILE), "http://127.0.0.1:9/\ndead\n");
        SingleInstance.Claim claim = SingleInstance.claim(dataDir, Duration.ZERO);
        assertInstanceOf(SingleInstance.Owner.class, claim).instance().close();
    }

    @Test
    void differentDataFoldersAreIndependent() throws Exception {
        SingleInstance one = ((SingleInstance.Owner) SingleInstance.claim(dataDir, Duration.ZERO)).instance();
        try {
            assertInstanceOf(SingleInstance.Owner.class, SingleInstance.claim(otherDataDir, Duration.ZERO))
                    .instance().close();
        } finally {
            one.close();
        }
    }
}
