package inkwell.desktop;

import inkwell.settings.OperatingSystem;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a {@link TrayMenu} as an AWT tray icon, when the desktop has a tray. Every way AWT can say "no" (headless
 * JVM, no X server: an {@code AWTError}, no tray host, a refused icon) is caught here and logged as one line;
 * the server never depends on it.
 */
public final class AwtTray implements AutoCloseable, Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(AwtTray.class);
    private static final int[] SIZES = {16, 22, 24, 32, 48, 64};
    /** macOS draws menu-bar icons as templates: black shapes that it recolours for the bar (16 pt, 32 px on Retina). */
    private static final int[] TEMPLATE_SIZES = {16, 32};
    private static final boolean MAC_MENU_BAR = OperatingSystem.current() == OperatingSystem.MAC;

    private final TrayIcon icon;

    private AwtTray(TrayIcon icon) {
        this.icon = icon;
    }

    /** The tray icon, or empty with the reason logged when this desktop cannot show one. */
    public static Optional<AwtTray> show(TrayMenu menu) {
        try {
            if (GraphicsEnvironment.isHeadless()) {
                LOG.warn("No tray icon: no display (headless); use Stop Inkwell on the blog's pages to stop it");
                return Optional.empty();
            }
            if (!SystemTray.isSupported()) {
                LOG.warn("No tray icon: this desktop has no system tray; use Stop Inkwell on the blog's pages");
                return Optional.empty();
            }
            if (MAC_MENU_BAR) {
                // The menu bar tints template images itself (dark or light bar, highlighted or not).
                System.setProperty("apple.awt.enableTemplateImages", "true");
            }
            CompletableFuture<AwtTray> added = new CompletableFuture<>();
            EventQueue.invokeLater(() -> {
                try {
                    added.complete(add(menu));
                } catch (Throwable e) {
                    added.completeExceptionally(e);
                }
            });
            return Optional.of(added.get(10, TimeUnit.SECONDS));
        } catch (Throwable e) { // AWTError (DISPLAY without X), HeadlessException, UnsupportedOperationException...
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warn("No tray icon ({}); use Stop Inkwell on the blog's pages to stop it", cause.toString());
            return Optional.empty();
        }
    }

    private static AwtTray add(TrayMenu menu) throws Exception {
        PopupMenu popup = new PopupMenu();
        for (TrayMenu.Item item : menu.items()) {
            if (item.isSeparator()) {
                popup.addSeparator();
                continue;
            }
            MenuItem menuItem = new MenuItem(item.label());
            if (item.isNote()) {
                menuItem.setEnabled(false);
            } else {
                menuItem.addActionListener(event -> runOffTheEventThread(item.action()));
            }
            popup.add(menuItem);
        }
        List<BufferedImage> variants = variants();
        // All sizes in one image, so the tray picks the crisp one for its size and scale (HiDPI included).
        TrayIcon icon = new TrayIcon(new BaseMultiResolutionImage(variants.toArray(new Image[0])), null, popup);
        // (no tooltip: it covered the menu, see TrayMenu)
        icon.setImageAutoSize(true);
        icon.addActionListener(event -> runOffTheEventThread(menu.onDoubleClick()));
        SystemTray.getSystemTray().add(icon);
        TraySlot.follow(icon, variants);
        LOG.info("Tray icon shown");
        return new AwtTray(icon);
    }

    /** Actions open browsers and stop servers: never block the AWT event thread with them. */
    private static void runOffTheEventThread(Runnable action) {
        Thread thread = new Thread(action, "inkwell-tray-action");
        thread.start();
    }

    /** The icon drawn at each size, smallest first. */
    private static List<BufferedImage> variants() throws IOException {
        List<BufferedImage> variants = new ArrayList<>();
        String prefix = MAC_MENU_BAR ? "tray-template-" : "tray-";
        for (int size : MAC_MENU_BAR ? TEMPLATE_SIZES : SIZES) {
            String name = prefix + size + ".png";
            try (InputStream in = AwtTray.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException(name + " is missing from the jar");
                }
                variants.add(ImageIO.read(in));
            }
        }
        return variants;
    }

    /** A notification from the tray icon: where a user who started Inkwell from the menu looks. */
    @Override
    public void tell(String title, String message) {
        try {
            icon.displayMessage(title, message, TrayIcon.MessageType.WARNING);
        } catch (Throwable e) { // a tray that cannot show balloons: the notice is in the log already
            LOG.debug("Tray notification failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            EventQueue.invokeAndWait(() -> SystemTray.getSystemTray().remove(icon));
        } catch (Throwable e) {
            LOG.debug("Tray icon removal failed: {}", e.toString());
        }
    }
}
