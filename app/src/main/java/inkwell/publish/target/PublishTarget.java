package inkwell.publish.target;

import inkwell.publish.SiteFiles;

/**
 * Somewhere a rendered site can be put: a folder, a Git branch. Each publish makes the target hold the site exactly
 * and says what that changed.
 */
public interface PublishTarget {
    PublishResult publish(SiteFiles site, PublishProgress progress) throws PublishFailure;
}
