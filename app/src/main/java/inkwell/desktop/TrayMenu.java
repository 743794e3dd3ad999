package inkwell.desktop;

import java.util.List;

/**
 * What the tray offers, independent of AWT so it can be tested anywhere: the items in order, and what a
 * double-click does. The address heads the menu as a note rather than a tooltip: on X11 trays the tooltip came
 * up over the menu's first item for seconds, in most openings.
 */
public record TrayMenu(List<Item> items, Runnable onDoubleClick) {
    static final String SEPARATOR = "-";

    /** An entry: an action, a note (no action: shown, not clickable) or a separator. */
    public record Item(String label, Runnable action) {
        public boolean isSeparator() {
            return SEPARATOR.equals(label) && action == null;
        }

        public boolean isNote() {
            return action == null && !isSeparator();
        }
    }

    /** The actions the tray needs from the running app. */
    public interface Actions {
        void openBlog();

        void writePost();

        void openDataFolder();

        void quit();
    }

    public static TrayMenu forBlog(String url, Actions actions) {
        return new TrayMenu(List.of(
                new Item("Inkwell at " + url, null),
                new Item(SEPARATOR, null),
                new Item("Open blog", actions::openBlog),
                new Item("Write a new post", actions::writePost),
                new Item("Open data folder", actions::openDataFolder),
                new Item(SEPARATOR, null),
                new Item("Quit Inkwell", actions::quit)), actions::openBlog);
    }
}
