package inkwell.desktop;

import java.nio.file.Path;

/**
 * Opens the blog and the data folder for the launcher and the tray, and when nothing opens them, tells the user
 * how to get there instead of leaving a click without an answer.
 */
public final class Opening {
    private final Browser browser;
    private final FolderOpener folders;
    private final Notifier notifier;

    public Opening(Browser browser, FolderOpener folders, Notifier notifier) {
        this.browser = browser;
        this.folders = folders;
        this.notifier = notifier;
    }

    public void blog(String url) {
        if (browser.open(url) == Browser.Outcome.NOT_OPENED) {
            notifier.tell("Inkwell could not open a browser", "Your blog is running. Open " + url
                    + " in your web browser to see it.");
        }
    }

    public void folder(Path folder) {
        if (!folders.open(folder)) {
            notifier.tell("Inkwell could not open the data folder", "No file manager opened it. Your posts, "
                    + "pictures and logs are in " + folder);
        }
    }
}
