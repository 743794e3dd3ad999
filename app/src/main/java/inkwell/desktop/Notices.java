package inkwell.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the launcher's notices go: always the log (and standard error), then a tray notification once the tray
 * is up, else a dialog. The browser is opened while the database starts, before the tray can be shown, so a
 * notice from then waits until it is known whether there will be a tray.
 */
public final class Notices implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

    private final Notifier dialog;
    private final List<Notice> waiting = new ArrayList<>();
    private boolean trayKnown;
    private Notifier tray;

    /** @param dialog shows a notice when there is no tray; it must not block the caller (the launch goes on) */
    public Notices(Notifier dialog) {
        this.dialog = dialog;
    }

    /** The tray the launcher showed, or empty when there is none (or none was asked for): waiting notices go. */
    public void trayShown(Optional<? extends Notifier> shown) {
        List<Notice> notices;
        synchronized (this) {
            trayKnown = true;
            tray = shown.orElse(null);
            notices = List.copyOf(waiting);
            waiting.clear();
        }
        notices.forEach(notice -> show(notice.title(), notice.message()));
    }

    @Override
    public void tell(String title, String message) {
        LOG.warn("{}: {}", title, message);
        synchronized (this) {
            if (!trayKnown) {
                waiting.add(new Notice(title, message));
                return;
            }
        }
        show(title, message);
    }

    private void show(String title, String message) {
        Notifier to;
        synchronized (this) {
            to = tray != null ? tray : dialog;
        }
        to.tell(title, message);
    }

    private record Notice(String title, String message) {
    }
}
