package inkwell.publish.target;

import inkwell.publish.SiteFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Repository;

/**
 * Publishes the site as the whole tree of one branch of a Git repository ({@code gh-pages} unless told otherwise),
 * the way GitHub, GitLab and Codeberg Pages serve sites: fetch the branch, put the site's tree on top of it as one
 * new commit, push. Publishing a site the branch already holds makes no commit. A push refused because someone
 * else pushed meanwhile is done once more on top of their commit.
 */
public final class GitTarget implements PublishTarget {
    public static final String DEFAULT_BRANCH = "gh-pages";
    private final String address;
    private final String branch;
    private final PublishCredentials credentials;
    private final String authorName;
    private final Path publishFolder;
    private int timeoutSeconds = GitAccess.DEFAULT_TIMEOUT_SECONDS;

    /**
     * @param address a Git remote: {@code https://…}, {@code ssh://…}, {@code git@host:path}, {@code file://…}
     * @param branch the branch to publish to; null or blank for {@link #DEFAULT_BRANCH}
     * @param authorName who the commits are by (the blog's author); blank for "Inkwell"
     * @param dataFolder Inkwell's data folder: the working copy and SSH known hosts live under its {@code publish/}
     */
    public GitTarget(String address, String branch, PublishCredentials credentials, String authorName,
            Path dataFolder) {
        this.address = address;
        this.branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
        this.credentials = credentials;
        this.authorName = authorName == null || authorName.isBlank() ? "Inkwell" : authorName.strip();
        this.publishFolder = dataFolder.resolve("publish");
    }

    @Override
    public PublishResult publish(SiteFiles site, PublishProgress progress) throws PublishFailure {
        GitRemote remote = GitRemote.parse(address);
        if (!Repository.isValidRefName("refs/heads/" + branch)) {
            throw new PublishFailure("\"" + branch + "\" cannot be the name of a Git branch.");
        }
        Path clone = WorkingClone.folderFor(publishFolder.resolve("git"), remote, branch);
        try (GitAccess access = new GitAccess(remote, credentials, publishFolder.resolve("ssh"),
                timeoutSeconds);
                Git git = WorkingClone.open(clone)) {
            BranchPublish publish = new BranchPublish(git, remote, branch, access, progress);
            try {
                Optional<PublishResult> done = publish.attempt(site, authorName);
                if (done.isPresent()) {
                    return done.get();
                }
                progress.step("Someone else pushed to " + branch + " meanwhile; publishing on top of their commit");
                return publish.attempt(site, authorName).orElseThrow(() -> new PublishFailure("The branch " + branch
                        + " on " + remote.where() + " keeps moving; publish again in a moment."));
            } catch (GitAPIException | IOException | JGitInternalException e) {
                throw GitFailures.of(e, remote, access);
            }
        }
    }

    /** How long a network operation may wait for the remote; 30 seconds unless a test needs it shorter. */
    GitTarget timeout(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    @Override
    public String toString() {
        // An address typed with a token in it is refused when publishing; here it must not leak either.
        return "branch " + branch + " of " + String.valueOf(address).replaceAll("(://[^/@:]*):[^/@]*@", "$1:…@");
    }
}
