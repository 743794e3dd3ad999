package inkwell.transfer;

import inkwell.posts.FullPost;
import inkwell.posts.OldAddresses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of an imported post's old addresses can be kept as redirects: not one of Inkwell's own addresses (it
 * would shadow a page), not too long, and not one a post of the blog or an earlier post of the same import
 * already keeps. Each address left out is reported with its reason; the post itself still comes in.
 */
final class OldAddressCheck {
    private final Set<String> taken;
    private final List<Skipped> skipped;

    OldAddressCheck(Set<String> taken, List<Skipped> skipped) {
        this.taken = new HashSet<>(taken);
        this.skipped = skipped;
    }

    /** The post's old addresses that can be kept; the others reported as skipped. */
    List<String> free(String origin, FullPost post) {
        List<String> free = new ArrayList<>();
        for (String path : post.oldPaths()) {
            String item = "old address " + path + " of " + origin + (post.title().isBlank() ? ""
                    : " (" + post.title() + ")");
            var problem = OldAddresses.problem(path);
            if (problem.isPresent()) {
                skipped.add(new Skipped(item, "not kept as a redirect: " + problem.get()));
            } else if (taken.contains(path)) {
                skipped.add(new Skipped(item, "not kept as a redirect: another post already keeps it"));
            } else if (!free.contains(path)) {
                free.add(path);
            }
        }
        return free;
    }

    /** The addresses of a post that will be written: no later post of the import can have them. */
    void take(List<String> paths) {
        taken.addAll(paths);
    }
}
