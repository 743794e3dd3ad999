package inkwell.publish.target;

import inkwell.publish.SiteFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** One try at publishing to a branch: fetch its tip, commit the site on top of it when it differs, push. */
final class BranchPublish {
    private static final int MAX_REASON = 300;
    private final Git git;
    private final GitRemote remote;
    private final String branch;
    private final String ref;
    private final GitAccess access;
    private final PublishProgress progress;

    BranchPublish(Git git, GitRemote remote, String branch, GitAccess access, PublishProgress progress) {
        this.git = git;
        this.remote = remote;
        this.branch = branch;
        this.ref = Constants.R_HEADS + branch;
        this.access = access;
        this.progress = progress;
    }

    /** The result, or empty when the push was refused because the branch moved on after the fetch. */
    Optional<PublishResult> attempt(SiteFiles site, String authorName)
            throws PublishFailure, GitAPIException, IOException {
        progress.step("Fetching " + branch + " from " + remote.where());
        ObjectId tip = fetchTip();
        Repository repository = git.getRepository();
        ObjectId commit;
        List<String> changes;
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
            ObjectId tree = SiteTree.insert(inserter, site);
            ObjectId before = tip == null ? null : walk.parseCommit(tip).getTree();
            if (tree.equals(before)) {
                progress.step("Nothing changed: " + branch + " already holds this site");
                return Optional.of(new PublishResult(List.of(), Optional.empty()));
            }
            changes = TreeChanges.between(repository, before, tree);
            commit = inserter.insert(commit(tree, tip, authorName, changes.size()));
            inserter.flush();
        }
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(commit);
        update.forceUpdate();

        progress.step("Pushing " + Counts.files(changes.size()) + " changed to " + branch + " on " + remote.where());
        return push() ? Optional.of(new PublishResult(changes, Optional.of(commit.name()))) : Optional.empty();
    }

    /** The branch's tip on the remote, fetched; null when the remote has no such branch (or no commits at all). */
    private ObjectId fetchTip() throws GitAPIException, IOException {
        Map<String, Ref> heads = access.configure(Git.lsRemoteRepository().setRemote(remote.toString())
                .setHeads(true)).callAsMap();
        if (!heads.containsKey(ref)) {
            progress.step(branch + " does not exist yet on " + remote.where() + "; starting it");
            return null;
        }
        String tracking = Constants.R_REMOTES + "origin/" + branch;
        access.configure(git.fetch().setRemote(remote.toString()).setRefSpecs(new RefSpec("+" + ref + ":" + tracking)))
                .call();
        return git.getRepository().exactRef(tracking).getObjectId();
    }

    private static CommitBuilder commit(ObjectId tree, ObjectId parent, String authorName, int changed) {
        PersonIdent who = new PersonIdent(authorName, "");
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage("Publish from Inkwell: " + Counts.files(changed) + " changed\n");
        return commit;
    }

    /** True when pushed; false when refused because the branch moved on; a failure for any other refusal. */
    private boolean push() throws GitAPIException, PublishFailure {
        Iterable<PushResult> results = access.configure(git.push().setRemote(remote.toString())
                .setRefSpecs(new RefSpec(ref + ":" + ref))).call();
        for (PushResult result : results) {
            RemoteRefUpdate update = result.getRemoteUpdate(ref);
            if (update == null) {
                continue;
            }
            switch (update.getStatus()) {
                case OK, UP_TO_DATE:
                    return true;
                case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
                    return false;
                default:
                    throw new PublishFailure("The Git host refused the push to the branch " + branch
                            + ", which may be protected (" + reason(update, result) + ").");
            }
        }
        throw new PublishFailure("The Git host did not confirm the push to the branch " + branch + ".");
    }

    /** The server's own words (a hook's output, a protection rule), on one line and cut short. */
    private static String reason(RemoteRefUpdate update, PushResult result) {
        String serverSaid = result.getMessages() == null ? "" : result.getMessages().lines()
                .map(line -> line.replaceFirst("^remote:\\s*", "").replaceAll("\\p{Cntrl}", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
        String status = update.getMessage() == null ? "" : update.getMessage().strip();
        String reason = (serverSaid + (serverSaid.isEmpty() || status.isEmpty() ? "" : "; ") + status).strip();
        if (reason.isEmpty()) {
            reason = "the server gave no reason";
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }
}
