package inkwell;

import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;

/**
 * Runs the real Inkwell main in this JVM (started by {@link DesktopTrayTest} under Xvfb with a tray host), waits
 * for its tray icon, then does what a click on "Quit Inkwell" does: fires that menu item's action. Inkwell's own
 * main then exits the JVM with its exit status. Prints "TRAY tooltip | menu" for the test to check, then waits for
 * a line on standard input (the test's screenshot is taken) before it quits.
 */
public final class TrayQuitProbe {
    private TrayQuitProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Inkwell.main(args), "inkwell-main");
        app.start();
        TrayIcon icon = null;
        for (int i = 0; i < 300 && icon == null; i++) { // polls for the icon, up to 30 s (no JUnit in this JVM)
            Thread.sleep(100);
            TrayIcon[] icons = SystemTray.isSupported() ? SystemTray.getSystemTray().getTrayIcons() : new TrayIcon[0];
            icon = icons.length > 0 ? icons[0] : null;
        }
        if (icon == null) {
            System.err.println("probe: no tray icon appeared");
            System.exit(3);
        }
        System.out.println("TRAY " + icon.getToolTip() + " | " + labels(icon.getPopupMenu()));
        System.out.flush();
        // The test takes its screenshot meanwhile, then says "quit" (or goes away, closing standard input).
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                .readLine();
        PopupMenu menu = icon.getPopupMenu();
        for (int i = 0; i < menu.getItemCount(); i++) {
            MenuItem item = menu.getItem(i);
            if (item.getLabel().equals("Quit Inkwell")) {
                for (ActionListener listener : item.getActionListeners()) {
                    listener.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getLabel()));
                }
            }
        }
        app.join(20_000);
        System.err.println("probe: Inkwell did not exit after Quit");
        System.exit(4);
    }

    private static String labels(PopupMenu menu) {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < menu.getItemCount(); i++) {
            MenuItem item = menu.getItem(i);
            labels.append(i == 0 ? "" : ", ").append(item.getLabel()).append(item.isEnabled() ? "" : " (disabled)");
        }
        return labels.toString();
    }
}
