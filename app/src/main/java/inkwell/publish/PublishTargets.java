package inkwell.publish;

import inkwell.publish.target.CredentialStore;
import inkwell.publish.target.FolderTarget;
import inkwell.publish.target.GitTarget;
import inkwell.publish.target.PublishFailure;
import inkwell.publish.target.PublishTarget;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns the target a user typed into a publish target: anything that reads as a Git remote ({@code scheme://…}
 * or scp-like {@code user@host:path}) publishes with Git; anything else must be an absolute folder path.
 */
final class PublishTargets {
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern SCP_LIKE = Pattern.compile("^[^/\\s@:]+@[^/\\s:]+:.*");

    private PublishTargets() {
    }

    static boolean isGit(String target) {
        return URL.matcher(target).matches() || SCP_LIKE.matcher(target).matches();
    }

    static PublishTarget of(PublishRequest request, CredentialStore credentials, String author, Path dataDir)
            throws PublishFailure {
        String target = request.target().strip();
        if (target.isEmpty()) {
            throw new PublishFailure("Choose where to publish first: a folder, or the address of a Git repository.");
        }
        if (isGit(target)) {
            return new GitTarget(target, request.branch(), credentials.load(), author, dataDir);
        }
        Path folder;
        try {
            folder = Path.of(target);
        } catch (InvalidPathException e) {
            throw new PublishFailure("\"" + target + "\" is neither a folder path nor a Git address.");
        }
        if (!folder.isAbsolute()) {
            throw new PublishFailure("Give the folder as a full path (like /home/ada/site), not \"" + target + "\".");
        }
        if (folder.normalize().startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new PublishFailure("The site cannot be published into Inkwell's own data folder; choose another "
                    + "folder.");
        }
        return new FolderTarget(folder.normalize());
    }
}
