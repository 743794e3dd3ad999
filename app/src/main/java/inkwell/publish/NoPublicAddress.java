package inkwell.publish;

/**
 * A static site needs the blog's public address: canonical links, the feed and the sitemap are absolute, and a
 * site under a sub-path links to its pages through that path. Without one there is nothing right to write.
 */
public final class NoPublicAddress extends Exception {
    public NoPublicAddress() {
        super("Publishing needs the blog's public address, where readers will find it (for example "
                + "https://you.github.io/blog/): set it in Settings first.");
    }
}
