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

    /**
     * The target {@code to} names. A folder must be given whole (the running Inkwell's working folder is not the
     * user's) and outside Inkwell's own data folder; nothing at all means no target was chosen yet.
     */
    public static PublishTarget forAddress(String to, String branch, PublishCredentials credentials,
            String authorName, Path dataFolder) throws PublishFailure {
        String address = to == null ? "" : to.strip();
        if (address.isEmpty()) {
            throw new PublishFailure("Choose where to publish first: a folder, or the address of a Git repository.");
        }
        if (isGit(address)) {
            return new GitTarget(address, branch, credentials, authorName, dataFolder);
        }
        Path folder;
        try {
            folder = Path.of(address);
        } catch (InvalidPathException e) {
            throw new PublishFailure("\"" + address + "\" is neither a folder path nor a Git address.");
        }
        if (!folder.isAbsolute()) {
            throw new PublishFailure("Give the folder as a full path (like /home/ada/site), not \"" + address + "\".");
        }
        if (folder.normalize().startsWith(dataFolder.toAbsolutePath().normalize())) {
            throw new PublishFailure("The site cannot be published into Inkwell's own data folder; choose another "
                    + "folder.");
        }
        return new FolderTarget(folder.normalize());
    }

    /** Whether {@code address} is read as a Git remote rather than a folder (see the class comment). */
    public static boolean isGit(String address) {
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
