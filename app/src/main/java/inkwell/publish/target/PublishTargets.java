package inkwell.publish.target;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads a target as people write it ({@code publish --to …}, the Publish page's one field): a Git address, or
 * else a folder. Git addresses are anything with a scheme ({@code https://}, {@code ssh://}, {@code file://}; an
 * unknown scheme then fails as a Git address rather than becoming a folder named "ftp:"), the scp-like
 * {@code user@host:path}, and the path of an existing bare repository. A bare {@code host:path} without a user is
 * taken as a folder, since on Windows {@code C:\blog} looks just like it.
 */
public final class PublishTargets {
    private static final Pattern SCP_LIKE = Pattern.compile("[^/\\\\:@\\s]+@[^/\\\\:\\s]+:.*");

    private PublishTargets() {
    }

    public static PublishTarget forAddress(String to, String branch, PublishCredentials credentials,
            String authorName, Path dataFolder) {
        String address = to == null ? "" : to.strip();
        if (isGit(address)) {
            return new GitTarget(address, branch, credentials, authorName, dataFolder);
        }
        return new FolderTarget(Path.of(address));
    }

    static boolean isGit(String address) {
        if (address.contains("://") || SCP_LIKE.matcher(address).matches()) {
            return true;
        }
        try {
            Path path = Path.of(address);
            return Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"))
                    && Files.isDirectory(path.resolve("refs"));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
