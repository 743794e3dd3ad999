package inkwell.site;

import java.util.Objects;

/**
 * The site settings every page is rendered with, and the About text already rendered to sanitized HTML. It is
 * read on every render, so it lives in memory: the store replaces it whole after each save, and a render sees
 * either the old settings or the new ones, never a mix.
 */
public final class CurrentSite {
    private volatile Snapshot snapshot;

    public CurrentSite(SiteSettings initial) {
        this.snapshot = new Snapshot(initial, "");
    }

    public SiteSettings settings() {
        return snapshot.settings();
    }

    /** The About page's HTML, sanitized; empty when the blog has no About text. */
    public String aboutHtml() {
        return snapshot.aboutHtml();
    }

    public boolean hasAbout() {
        return !snapshot.aboutHtml().isEmpty();
    }

    void replace(SiteSettings settings, String aboutHtml) {
        this.snapshot = new Snapshot(Objects.requireNonNull(settings), Objects.requireNonNull(aboutHtml));
    }

    private record Snapshot(SiteSettings settings, String aboutHtml) {
    }
}
