package inkwell.desktop;

import java.util.List;

/**
 * What the tray offers, independent of AWT so it can be tested anywhere: the items in order (a {@code null}
 * action is a separator), the tooltip, and what a double-click does.
 */
public record TrayMenu(String tooltip, List<Item> items, Runnable onDoubleClick) {

    public record Item(String label, Runnable action) {
        public boolean isSeparator() {
            return action == null;
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
        return new TrayMenu("Inkwell \u2014 " + url, List.of(
                new Item("Open blog", actions::openBlog),
                new Item("Write a new post", actions::writePost),
                new Item("Open data folder", actions::openDataFolder),
                new Item("-", null),
                new Item("Quit Inkwell", actions::quit)), actions::openBlog);
    }
}
