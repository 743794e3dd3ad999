package inkwell.transfer;

import inkwell.posts.Posts;
import inkwell.site.CurrentSite;

/** Where exports come from: the blog's posts and its settings as they are at the moment an export starts. */
public final class Exports {
    private final Posts posts;
    private final CurrentSite site;

    public Exports(Posts posts, CurrentSite site) {
        this.posts = posts;
        this.site = site;
    }

    public ExportArchive archive() {
        return new ExportArchive(site.settings(), posts.everyPost());
    }

    /** Public and not-yet-public posts: what an export about to start will hold. */
    long[] counts() {
        return posts.publicAndUnpublished();
    }
}
