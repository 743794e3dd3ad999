package inkwell.publish.target;

import static inkwell.publish.target.GitCli.commitCount;
import static inkwell.publish.target.GitCli.files;
import static inkwell.publish.target.GitCli.git;
import static inkwell.publish.target.GitCli.lastCommitChanges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import inkwell.publish.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a bare repository on disk (file:// and a plain path), checked with the git command line. */
class GitTargetLocalTest {
    @TempDir
    Path folder;
    Path dataFolder;

    @BeforeEach
    void needsGit() {
        NeededOnCi.require(GitCli.available(), "the git command-line client (Debian package git)");
        dataFolder = folder.resolve("data");
    }

    private GitTarget target(String address) {
        return new GitTarget(address, null, PublishCredentials.none(), "Ada Lovelace", dataFolder);
    }

    @Test
    void publishesOnceCommitsOnlyChangesAndRemovesWhatTheSiteNoLongerHas() throws Exception {
        Path bare = GitCli.bareRepository(folder, "site.git");
        GitTarget target = target(bare.toUri().toString());

        PublishResult first = target.publish(Sites.blog(), PublishProgress.silent());
        assertTrue(first.changed());
        assertEquals(List.copyOf(Sites.blog().paths()), first.changedPaths());
        assertEquals(git(bare, "rev-parse", "gh-pages"), first.commitId().orElseThrow());
        assertEquals(List.copyOf(Sites.blog().paths()), files(bare, "gh-pages"));
        assertEquals("<p>Hello</p>", git(bare, "show", "gh-pages:posts/1/hello/index.html"));
        assertEquals("Ada Lovelace|Ada Lovelace", git(bare, "log", "-1", "--format=%an|%cn", "gh-pages"));
        assertEquals("", git(bare, "log", "-1", "--format=%P", "gh-pages"), "the first commit has no parent");

        PublishResult again = target.publish(Sites.blog(), PublishProgress.silent());
        assertFalse(again.changed());
        assertTrue(again.commitId().isEmpty());
        assertEquals(1, commitCount(bare, "gh-pages"), "publishing the same site twice makes one commit");

        PublishResult edited = target.publish(Sites.blogWithEditedPost(), PublishProgress.silent());
        assertEquals(List.of("posts/1/hello/index.html"), edited.changedPaths());
        assertEquals(2, commitCount(bare, "gh-pages"));
        assertEquals(List.of("posts/1/hello/index.html"), lastCommitChanges(bare, "gh-pages"));

        PublishResult removed = target.publish(Sites.blogWithoutSecondPost(), PublishProgress.silent());
        assertEquals(List.of("posts/2/again/index.html"), removed.changedPaths());
        assertEquals(List.of("posts/2/again/index.html"), lastCommitChanges(bare, "gh-pages"));
        assertFalse(files(bare, "gh-pages").contains("posts/2/again/index.html"));
        assertEquals(3, commitCount(bare, "gh-pages"));
    }

    /** Git sorts a tree's entries by their UTF-8 bytes with folders as if they ended in '/'; fsck checks that. */
    @Test
    void treesOfAwkwardPathsPassGitsOwnChecks() throws Exception {
        Path bare = GitCli.bareRepository(folder, "site.git");
        SiteFiles site = Sites.of("a/x", "1", "a-b/x", "2", "a.txt", "3", "a b/x", "4", "é/x", "5", "\uD83D\uDE00/x",
                "6", "\uFB01.html", "7", "Z", "8");
        target(bare.toUri().toString()).publish(site, PublishProgress.silent());

        git(bare, "fsck", "--strict", "--no-dangling");
        assertEquals(List.copyOf(site.paths()).stream().sorted(GitTargetLocalTest::utf8Order).toList(),
                git(bare, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "gh-pages").lines().toList());
        assertEquals("6", git(bare, "show", "gh-pages:\uD83D\uDE00/x"));
    }

    private static int utf8Order(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void startsTheBranchBesideOthersAndTakesAPlainPath() throws Exception {
        Path bare = GitCli.bareRepository(folder, "project.git");
        Path work = folder.resolve("work");
        git(folder, "clone", "--quiet", bare.toString(), work.toString());
        Files.writeString(work.resolve("README.md"), "the project");
        git(work, "add", "README.md");
        git(work, "commit", "--quiet", "-m", "Source");
        git(work, "push", "--quiet", "origin", "main");

        target(bare.toString()).publish(Sites.blog(), PublishProgress.silent());

        assertEquals(1, commitCount(bare, "gh-pages"), "an orphan branch: none of main's history");
        assertEquals(1, commitCount(bare, "main"));
        assertEquals(List.of("README.md"), files(bare, "main"));
        assertEquals(List.copyOf(Sites.blog().paths()), files(bare, "gh-pages"));
    }

    @Test
    void aBranchThatMovedOnBetweenFetchAndPushIsPublishedOnTopOfOnceMore() throws Exception {
        Path bare = GitCli.bareRepository(folder, "site.git");
        GitTarget target = target(bare.toUri().toString());
        target.publish(Sites.blog(), PublishProgress.silent());
        Path other = folder.resolve("other");
        git(folder, "clone", "--quiet", "--branch", "gh-pages", bare.toString(), other.toString());

        List<String> lines = new ArrayList<>();
        PublishResult result = target.publish(Sites.blogWithEditedPost(), line -> {
            lines.add(line);
            if (line.startsWith("Pushing") && lines.stream().filter(l -> l.startsWith("Pushing")).count() == 1) {
                pushFromElsewhere(other);
            }
        });

        assertTrue(lines.stream().anyMatch(line -> line.contains("Someone else pushed")), lines.toString());
        assertEquals(3, commitCount(bare, "gh-pages"), "ours, theirs, then ours again on top");
        assertEquals(git(other, "rev-parse", "HEAD"), git(bare, "log", "-1", "--format=%P", "gh-pages"));
        assertEquals(List.copyOf(Sites.blogWithEditedPost().paths()), files(bare, "gh-pages"),
                "the site replaces the branch's tree, their extra file included");
        assertEquals(List.of("CNAME", "posts/1/hello/index.html"), result.changedPaths());
    }

    private static void pushFromElsewhere(Path other) {
        try {
            Files.writeString(other.resolve("CNAME"), "blog.example.org");
            git(other, "add", "CNAME");
            git(other, "commit", "--quiet", "-m", "Custom domain");
            git(other, "push", "--quiet", "origin", "gh-pages");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMissingRepositoryOrAnAddressOfNoKnownKindIsAPlainSentence() throws Exception {
        PublishFailure missing = assertThrows(PublishFailure.class, () -> target(folder.resolve("nothing.git").toUri()
                .toString()).publish(Sites.blog(), PublishProgress.silent()));
        assertTrue(missing.getMessage().startsWith("There is no Git repository at "), missing.getMessage());

        PublishFailure ftp = assertThrows(PublishFailure.class, () -> target("ftp://example.org/site")
                .publish(Sites.blog(), PublishProgress.silent()));
        assertEquals("Inkwell publishes to a Git address that starts with https://, ssh://, git@ or file://;"
                + " ftp://example.org/site is none of these.", ftp.getMessage());

        PublishFailure secret = assertThrows(PublishFailure.class, () -> target(
                "https://ada:hunter2-secret@example.org/site.git").publish(Sites.blog(), PublishProgress.silent()));
        assertFalse(secret.getMessage().contains("hunter2"), secret.getMessage());

        PublishFailure branch = assertThrows(PublishFailure.class, () -> new GitTarget(folder.toString(), "bad..name",
                PublishCredentials.none(), "", dataFolder).publish(Sites.blog(), PublishProgress.silent()));
        assertEquals("\"bad..name\" cannot be the name of a Git branch.", branch.getMessage());
    }
}
