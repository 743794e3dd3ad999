package inkwell.site;

import inkwell.markdown.MarkdownRenderer;
import inkwell.markdown.MarkdownTooComplex;
import inkwell.storage.Database;
import inkwell.storage.StorageFailure;
import inkwell.web.cache.PageCache;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The site settings' use cases: read them once at start, save them (the About text rendered and sanitized
 * before the write, like a post), and make every page show the new ones at once: the in-memory copy is
 * replaced and the kept pages are dropped.
 */
public final class SiteSettingsService {
    private final SiteSettingsStore store;
    private final CurrentSite current;
    private final PageCache pages;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final List<Consumer<SiteSettings>> onSave = new CopyOnWriteArrayList<>();

    public SiteSettingsService(Database database, CurrentSite current, PageCache pages) {
        this.store = new SiteSettingsStore(new SettingValues(database));
        this.current = current;
        this.pages = pages;
    }

    /**
     * Loads the stored settings into the current site; {@code defaults} (the machine settings' title, say)
     * stand where nothing was saved yet.
     */
    public void load(SiteSettings defaults) {
        SiteSettingsStore.Stored stored = store.load(defaults);
        String about = stored.settings().about();
        current.replace(stored.settings(), stored.aboutHtml().orElseGet(() -> renderAbout(about)));
    }

    public SiteSettings settings() {
        return current.settings();
    }

    /** Saves the settings; nothing changes when the About text is past the render budget or the write fails. */
    void save(SiteSettings settings) throws StorageFailure, MarkdownTooComplex {
        String aboutHtml = renderAbout(settings.about());
        store.save(settings, aboutHtml);
        current.replace(settings, aboutHtml);
        pages.invalidate();
        onSave.forEach(listener -> listener.accept(settings));
    }

    /**
     * Settings an import brings: the About text rendered now (throws past the render budget); the import writes
     * them in its own transaction, and once that is committed they are applied as a save would be.
     */
    public Pending importing(SiteSettings settings) throws MarkdownTooComplex {
        String aboutHtml = renderAbout(settings.about());
        java.util.Map<String, String> values = SiteSettingsStore.values(settings, aboutHtml);
        return new Pending(em -> SettingValues.write(em, values), () -> {
            current.replace(settings, aboutHtml);
            pages.invalidate();
            onSave.forEach(listener -> listener.accept(settings));
        });
    }

    /** Settings to write in another transaction ({@code write}), and what to do once it is committed. */
    public record Pending(Consumer<jakarta.persistence.EntityManager> write, Runnable committed) {
    }

    /** Called after every successful save (publishing after a change listens here). */
    public void onSave(Consumer<SiteSettings> listener) {
        onSave.add(listener);
    }

    private String renderAbout(String about) {
        return about.isBlank() ? "" : markdown.render(about).html();
    }
}
