package inkwell.publish.target;

/**
 * Where a target says what it is doing, one plain line at a time ("Writing 1,204 files"), for the Publish page's
 * live progress and the command line. Called on the publishing thread; it must not block for long.
 */
@FunctionalInterface
public interface PublishProgress {
    void step(String line);

    static PublishProgress silent() {
        return line -> {
        };
    }
}
