package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host that is not there fails in bounded time with a sentence naming it, over HTTP and SSH alike. */
class GitTargetUnreachableTest {
    @TempDir
    Path dataFolder;

    private String failure(String address, PublishCredentials credentials) {
        GitTarget target = new GitTarget(address, null, credentials, "Ada", dataFolder);
        return assertTimeoutPreemptively(Duration.ofSeconds(45), () -> assertThrows(PublishFailure.class,
                () -> target.publish(Sites.blog(), PublishProgress.silent()))).getMessage();
    }

    /** A port on 127.0.0.1 that was free a moment ago: nothing listens there. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int port = closedPort();
        assertEquals("Could not reach 127.0.0.1:" + port + ": connection refused.",
                failure("http://127.0.0.1:" + port + "/site.git", PublishCredentials.none()));
        assertEquals("Could not reach 127.0.0.1:" + port + ": connection refused.",
                failure("ssh://git@127.0.0.1:" + port + "/site.git",
                        PublishCredentials.none().withGeneratedSshKey()));
    }

    /** A host that takes the connection and never says a word, as a firewall or a hung server does. */
    @Test
    void aHostThatNeverAnswersFailsWhenTheTimeOutRunsOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String where = "127.0.0.1:" + silent.getLocalPort();
            for (String address : new String[] {"http://" + where + "/site.git", "ssh://git@" + where + "/site.git"}) {
                GitTarget target = new GitTarget(address, null, PublishCredentials.none().withGeneratedSshKey(), "Ada",
                        dataFolder).timeout(2);
                long start = System.nanoTime();
                PublishFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                        PublishFailure.class, () -> target.publish(Sites.blog(), PublishProgress.silent())));
                assertEquals("Could not reach " + where + ": no answer within 2 seconds.", failure.getMessage());
                assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15, address);
            }
        }
    }

    @Test
    void aNameThatResolvesToNothingIsUnknown() {
        assertEquals("Could not reach nohost.invalid: no such host name is known.",
                failure("https://nohost.invalid/ada/site.git", PublishCredentials.none()));
        assertEquals("Could not reach nohost.invalid: no such host name is known.",
                failure("git@nohost.invalid:ada/site.git", PublishCredentials.none().withGeneratedSshKey()));
    }
}
