package inkwell.publish.target;

import java.util.List;
import java.util.Optional;

/**
 * What a publish did: the paths it added, changed or removed (sorted; empty when the target already held the
 * site), and for a Git target the commit it pushed (none when nothing changed, as no commit is made then).
 */
public record PublishResult(List<String> changedPaths, Optional<String> commitId) {
    public PublishResult {
        changedPaths = List.copyOf(changedPaths.stream().sorted().toList());
    }

    public boolean changed() {
        return !changedPaths.isEmpty();
    }
}
