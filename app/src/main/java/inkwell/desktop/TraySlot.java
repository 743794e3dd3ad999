package inkwell.desktop;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.Robot;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the icon fill the slot an X11 tray gives it. JDK 17's X11 tray peer ({@code sun.awt.X11.XTrayIconPeer})
 * fixes its icon at 24×24 ({@code TRAY_ICON_WIDTH}/{@code _HEIGHT}): with auto-size on, its canvas paints the image
 * at 24×24 in the top-left corner whatever size the tray host makes the window (trayer on a 32-pixel panel: 24×30),
 * and clears the rest with AWT's own grey (the band under the icon). With auto-size off the canvas paints the image
 * at the image's own size instead, so here the icon is rendered for the slot whenever the host sizes it: as large
 * as fits, centred, on the panel's colour, read from the pixel beside the slot. Only the X11 peer's window is
 * touched; other systems' trays size their icons themselves.
 */
final class TraySlot {
    private static final Logger LOG = LoggerFactory.getLogger(TraySlot.class);
    private static final String X11_TRAY_WINDOW = "sun.awt.X11.XTrayIconPeer$XTrayIconEmbeddedFrame";

    private final TrayIcon icon;
    private final List<BufferedImage> variants;

    private TraySlot(TrayIcon icon, List<BufferedImage> variants) {
        this.icon = icon;
        this.variants = variants;
    }

    /** On the AWT event thread, right after the icon was added to the tray. */
    static void follow(TrayIcon icon, List<BufferedImage> variants) {
        for (Window window : Window.getWindows()) {
            if (window.getClass().getName().equals(X11_TRAY_WINDOW)) {
                TraySlot slot = new TraySlot(icon, variants);
                window.addComponentListener(new ComponentAdapter() {
                    @Override
                    public void componentResized(ComponentEvent event) {
                        slot.fill(window);
                    }
                });
                slot.fill(window);
            }
        }
    }

    private void fill(Window window) {
        int width = window.getWidth();
        int height = window.getHeight();
        if (width <= 0 || height <= 0 || !window.isShowing()) {
            return;
        }
        try {
            Color panel = panelColour(window);
            BufferedImage slot = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = slot.createGraphics();
            try {
                graphics.setColor(panel);
                graphics.fillRect(0, 0, width, height);
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                int side = Math.min(width, height);
                graphics.drawImage(variantFor(side), (width - side) / 2, (height - side) / 2, side, side, null);
            } finally {
                graphics.dispose();
            }
            window.setBackground(panel); // what the peer clears with, before it paints the image
            icon.setImageAutoSize(false);
            icon.setImage(slot);
            LOG.debug("Tray icon drawn for its {}x{} slot", width, height);
        } catch (RuntimeException | AWTException e) { // the icon stays as AWT draws it
            LOG.debug("Tray icon left at AWT's size: {}", e.toString());
        }
    }

    /** The smallest drawn size at least as large as the slot (crisp when scaled down), else the largest. */
    private BufferedImage variantFor(int side) {
        return variants.stream().filter(image -> image.getWidth() >= side).findFirst()
                .orElse(variants.get(variants.size() - 1));
    }

    /** The tray host's background: the pixel just left of the slot, at its middle. */
    private static Color panelColour(Window window) throws AWTException {
        Point corner = window.getLocationOnScreen();
        int x = Math.max(0, corner.x - 1);
        return new Robot(window.getGraphicsConfiguration().getDevice()).getPixelColor(x, corner.y + window.getHeight() / 2);
    }
}
