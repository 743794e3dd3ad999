package inkwell.transfer;

import inkwell.media.MediaStore;
import inkwell.posts.Posts;
import inkwell.site.CurrentSite;

/** Where exports come from: the blog's posts and its settings as they are at the moment an export starts. */
public final class Exports {
    private final Posts posts;
    private final CurrentSite site;
    private final MediaStore media;

    public Exports(Posts posts, CurrentSite site, MediaStore media) {
        this.posts = posts;
        this.site = site;
        this.media = media;
    }

    public ExportArchive archive() {
        return new ExportArchive(site.settings(), posts.everyPost(), media);
    }

    /** Public and not-yet-public posts: what an export about to start will hold. */
    long[] counts() {
        return posts.publicAndUnpublished();
    }
}
