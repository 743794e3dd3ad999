package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.NeededOnCi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --to names: Git addresses and bare repositories go to Git, everything else is a folder. */
class PublishTargetsTest {
    @TempDir
    Path folder;

    @Test
    void gitAddressesAndBareRepositoriesAreGitTheRestFolders() throws Exception {
        NeededOnCi.require(GitCli.available(), "the git command-line client (Debian package git)");
        for (String git : new String[] {"https://github.com/ada/notes.git", "ssh://git@host/x.git",
            "git@github.com:ada/notes.git", "file:///srv/x.git", "ftp://example.org/x"}) {
            assertTrue(PublishTargets.isGit(git), git);
        }
        Path bare = GitCli.bareRepository(folder, "site.git");
        assertInstanceOf(GitTarget.class, PublishTargets.forAddress(bare.toString(), null, PublishCredentials.none(),
                "Ada", folder));
        for (String plain : new String[] {"/srv/www", "C:\\Users\\ada\\blog", "www", "D:blog"}) {
            assertFalse(PublishTargets.isGit(plain), plain);
        }
        Files.createDirectories(folder.resolve("www"));
        assertInstanceOf(FolderTarget.class, PublishTargets.forAddress(folder.resolve("www").toString(), null,
                PublishCredentials.none(), "Ada", folder.resolve("data")));
    }

    @Test
    void aFolderMustBeWholeOutsideTheDataFolderAndGiven() {
        Path data = folder.resolve("data");
        for (String[] refused : new String[][] {{"", "Choose where to publish first"},
            {"www", "Give the folder as a full path"}, {data.resolve("site").toString(), "Inkwell's own data folder"}}) {
            PublishFailure failure = assertThrows(PublishFailure.class, () -> PublishTargets.forAddress(refused[0],
                    null, PublishCredentials.none(), "Ada", data));
            assertTrue(failure.getMessage().startsWith(refused[1]) || failure.getMessage().contains(refused[1]),
                    failure.getMessage());
        }
    }
}
