package inkwell.publish.target;

import static inkwell.publish.target.GitCli.commitCount;
import static inkwell.publish.target.GitCli.files;
import static inkwell.publish.target.GitCli.lastCommitChanges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing over SSH with a deploy key to an SSH server serving a bare repository, checked with git. */
class GitTargetSshTest {
    @TempDir
    Path folder;
    Path bare;
    Path dataFolder;
    PublishCredentials deployKey;
    SshGitServer server;

    @BeforeEach
    void startServer() throws Exception {
        NeededOnCi.require(GitCli.available(), "the git command-line client (Debian package git)");
        Path root = Files.createDirectories(folder.resolve("srv"));
        bare = GitCli.bareRepository(root, "site.git");
        dataFolder = folder.resolve("data");
        deployKey = PublishCredentials.none().withGeneratedSshKey();
        server = SshGitServer.start(root, deployKey.sshKeyPair().orElseThrow().getPublic());
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private GitTarget target(PublishCredentials credentials) {
        return new GitTarget(server.url("site.git"), null, credentials, "Ada", dataFolder);
    }

    @Test
    void publishesWithAGeneratedDeployKeyAndRemembersTheHost() throws Exception {
        assertTrue(deployKey.sshPublicKey().orElseThrow().startsWith("ecdsa-sha2-nistp256 AAAA"));
        GitTarget target = target(deployKey);
        target.publish(Sites.blog(), PublishProgress.silent());
        assertFalse(target.publish(Sites.blog(), PublishProgress.silent()).changed());
        target.publish(Sites.blogWithEditedPost(), PublishProgress.silent());

        assertEquals(2, commitCount(bare, "gh-pages"));
        assertEquals(List.of("posts/1/hello/index.html"), lastCommitChanges(bare, "gh-pages"));
        assertEquals(List.copyOf(Sites.blog().paths()), files(bare, "gh-pages"));
        String knownHosts = Files.readString(dataFolder.resolve("publish/ssh/known_hosts"));
        assertTrue(knownHosts.contains("ecdsa-sha2-nistp256"), knownHosts);
    }

    @Test
    void aKeyTheHostDoesNotKnowIsAPlainSentence() throws Exception {
        PublishCredentials stranger = PublishCredentials.none().withGeneratedSshKey();
        PublishFailure refused = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> assertThrows(
                PublishFailure.class, () -> target(stranger).publish(Sites.blog(), PublishProgress.silent())));
        assertEquals("The Git host refused the SSH key; add Inkwell's public key to the repository's deploy keys"
                + " (with write access).", refused.getMessage());
        assertFalse(refused.getMessage().contains("BEGIN"));
        assertEquals("", GitCli.git(bare, "branch", "--list"));
    }

    @Test
    void aRepositoryTheHostDoesNotHaveIsNamedAsSuch() {
        String address = server.url("author/missing.git");
        PublishFailure missing = assertThrows(PublishFailure.class, () -> new GitTarget(address, null, deployKey,
                "Ada", dataFolder).publish(Sites.blog(), PublishProgress.silent()));
        assertEquals("There is no Git repository at " + address + ", or Inkwell may not see it.",
                missing.getMessage());
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        target(deployKey).publish(Sites.blog(), PublishProgress.silent());
        Path knownHosts = dataFolder.resolve("publish/ssh/known_hosts");
        String remembered = Files.readString(knownHosts);
        String impostor = PublicKeyEntry.toString(SshGitServer.ecKey().getPublic()).split(" ")[1];
        Files.writeString(knownHosts, remembered.replaceAll("AAAA\\S+", impostor));

        PublishFailure refused = assertThrows(PublishFailure.class, () -> target(deployKey)
                .publish(Sites.blogWithEditedPost(), PublishProgress.silent()));
        assertTrue(refused.getMessage().startsWith("The SSH host key of 127.0.0.1:"), refused.getMessage());
        assertEquals(1, commitCount(bare, "gh-pages"));
    }

    @Test
    void sshWithoutAKeyAsksForOne() {
        PublishFailure refused = assertThrows(PublishFailure.class, () -> target(PublishCredentials.none())
                .publish(Sites.blog(), PublishProgress.silent()));
        assertEquals("Publishing over SSH needs an SSH key: generate a deploy key or paste a private key with the"
                + " credentials first.", refused.getMessage());
    }
}
