package inkwell.publish.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FileUtils;
import org.eclipse.jgit.util.sha1.SHA1;

/**
 * The local bare repository a Git target works in, one per remote and branch under the data folder, kept between
 * publishes so each fetch and push moves only what changed. It is a cache: one that cannot be opened is made anew.
 */
final class WorkingClone {
    private WorkingClone() {
    }

    static Path folderFor(Path gitFolder, GitRemote remote, String branch) {
        SHA1 hash = SHA1.newInstance();
        hash.update((remote + "\n" + branch).getBytes(StandardCharsets.UTF_8));
        return gitFolder.resolve(hash.toObjectId().name().substring(0, 16));
    }

    static Git open(Path folder) throws PublishFailure {
        try {
            if (Files.isDirectory(folder.resolve("objects"))) {
                try {
                    return Git.open(folder.toFile());
                } catch (IOException broken) {
                    FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
                }
            }
            Files.createDirectories(folder);
            Git git = Git.init().setBare(true).setDirectory(folder.toFile()).call();
            Repository repository = git.getRepository();
            // Refs here only ever point at what was fetched or is about to be pushed: no reflog is worth keeping.
            repository.getConfig().setBoolean("core", null, "logAllRefUpdates", false);
            repository.getConfig().save();
            return git;
        } catch (IOException | GitAPIException e) {
            throw new PublishFailure("Could not prepare Inkwell's copy of the branch in " + folder + ": "
                    + (e instanceof IOException io ? FolderWriter.reason(io) : "Git could not create it") + ".", e);
        }
    }
}
