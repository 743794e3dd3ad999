package inkwell.publish;

import java.time.Instant;
import java.util.Optional;

/**
 * How the last publish ended, kept so the Publish page can show it after a restart: when, whether it worked,
 * the one-line summary (or the plain reason it failed) and where readers see the result.
 */
public record PublishOutcome(Instant finishedAt, boolean succeeded, String summary, Optional<String> liveAddress) {
}
