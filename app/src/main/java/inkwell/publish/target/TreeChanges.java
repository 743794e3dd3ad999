package inkwell.publish.target;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The paths two trees disagree on (added, changed or removed), in path order. */
final class TreeChanges {
    private TreeChanges() {
    }

    /** {@code before} is null for a branch that does not exist yet. */
    static List<String> between(Repository repository, ObjectId before, ObjectId after) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            if (before == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(before);
            }
            walk.addTree(after);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
