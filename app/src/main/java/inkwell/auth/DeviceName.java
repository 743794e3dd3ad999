package inkwell.auth;

import java.util.List;
import java.util.Map;

/** "Firefox on Linux" from a User-Agent header: enough for the owner to recognise a session in the list. */
final class DeviceName {
    // Order matters: Edge and Chrome also say "Safari", and Chrome on Android also says "Linux".
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Firefox/", "Firefox"),
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"), Map.entry("curl/", "curl"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

    private DeviceName() {
    }

    static String from(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null) {
            return SessionLine.clean(userAgent.length() > 60 ? userAgent.substring(0, 60) + "…" : userAgent);
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
