package inkwell.publish.target;

import static inkwell.publish.target.GitCli.commitCount;
import static inkwell.publish.target.GitCli.files;
import static inkwell.publish.target.GitCli.git;
import static inkwell.publish.target.GitCli.lastCommitChanges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing over smart HTTP with basic authentication to git http-backend, checked with the git command line. */
class GitTargetHttpTest {
    private static final String USER = "ada";
    private static final String TOKEN = "ghp_0123456789abcdefTOKENwxyz";
    @TempDir
    Path folder;
    SmartHttpGitServer server;
    Path bare;

    @BeforeEach
    void startServer() throws Exception {
        NeededOnCi.require(GitCli.available() && Files.isExecutable(SmartHttpGitServer.BACKEND),
                "git and git http-backend (Debian package git)");
        Path root = Files.createDirectories(folder.resolve("srv"));
        bare = GitCli.bareRepository(root, "site.git");
        server = SmartHttpGitServer.start(root, USER, TOKEN);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private GitTarget target(PublishCredentials credentials) {
        return new GitTarget(server.url("site.git"), "gh-pages", credentials, "Ada", folder.resolve("data"));
    }

    @Test
    void publishesWithAUserAndTokenAndCommitsOnlyChanges() throws Exception {
        GitTarget target = target(PublishCredentials.none().withHttps(USER, TOKEN));
        target.publish(Sites.blog(), PublishProgress.silent());
        assertFalse(target.publish(Sites.blog(), PublishProgress.silent()).changed());
        target.publish(Sites.blogWithEditedPost(), PublishProgress.silent());

        String overHttp = server.url("site.git").replace("http://", "http://" + USER + ":" + TOKEN + "@");
        assertTrue(git(folder, "ls-remote", overHttp).endsWith("refs/heads/gh-pages"), "git sees it over HTTP");
        assertEquals(2, commitCount(bare, "gh-pages"));
        assertEquals(List.of("posts/1/hello/index.html"), lastCommitChanges(bare, "gh-pages"));
        assertEquals(List.copyOf(Sites.blog().paths()), files(bare, "gh-pages"));
    }

    @Test
    void aWrongTokenIsAPlainSentenceAndNoSecretReachesTheLogOrTheMessage() throws Exception {
        String wrong = "ghp_wrongwrongwrongSECRET1234";
        try (LogCapture log = new LogCapture()) {
            PublishFailure refused = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> assertThrows(
                    PublishFailure.class, () -> target(PublishCredentials.none().withHttps(USER, wrong))
                            .publish(Sites.blog(), PublishProgress.silent())));
            assertEquals("The Git host refused the user name or token.", refused.getMessage());
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                assertFalse(String.valueOf(cause.getMessage()).contains(wrong), cause.getMessage());
            }
            target(PublishCredentials.none().withHttps(USER, TOKEN)).publish(Sites.blog(), PublishProgress.silent());

            assertTrue(log.count() > 0, "JGit logged while it was watched");
            for (String secret : List.of(wrong, TOKEN, basic(wrong), basic(TOKEN))) {
                assertFalse(log.text().contains(secret), () -> "a secret in the log: " + log.text().lines()
                        .filter(line -> line.contains(secret)).findFirst().orElse("").replace(secret, "<SECRET>"));
            }
        }
        PublishFailure none = assertThrows(PublishFailure.class, () -> target(PublishCredentials.none())
                .publish(Sites.blog(), PublishProgress.silent()));
        assertEquals("The Git host refused the user name or token.", none.getMessage());
    }

    private static String basic(String token) {
        return Base64.getEncoder().encodeToString((USER + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBranchTheHostProtectsGivesTheHostsOwnReason() throws Exception {
        Path hook = bare.resolve("hooks").resolve("pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'gh-pages is protected: deploys go through CI' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        PublishFailure refused = assertThrows(PublishFailure.class, () -> target(PublishCredentials.none()
                .withHttps(USER, TOKEN)).publish(Sites.blog(), PublishProgress.silent()));

        assertTrue(refused.getMessage().startsWith("The Git host refused the push to the branch gh-pages, which may be"
                + " protected ("), refused.getMessage());
        assertTrue(refused.getMessage().contains("gh-pages is protected: deploys go through CI"), refused.getMessage());
        assertEquals("", git(bare, "branch", "--list"), "nothing was published");
    }
}
