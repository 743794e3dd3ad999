package inkwell.desktop;

import java.util.UUID;

/**
 * What the web UI may ask of the running app: identify itself to a second launch ({@code /health}) and stop
 * (the "Stop Inkwell" page, for desktops without a tray). {@code stop} only requests the stop and returns at
 * once: it runs on a request thread that the shutdown itself waits for.
 */
public record AppControl(String instanceId, Runnable stop) {

    /** For embedding and tests: a fresh id and a stop request that is only recorded by the caller's runnable. */
    public static AppControl of(Runnable stop) {
        return new AppControl(UUID.randomUUID().toString(), stop);
    }
}
