package inkwell.web.http;

/** Where to listen, and whether the port was the user's explicit choice (then it must not change). */
public record ServerAddress(String host, int port, boolean portExplicit) {

    /** The URL people open: wildcard binds are still reached through the loopback address. */
    public String urlFor(int actualPort) {
        String shown = host;
        if (host.equals("0.0.0.0")) {
            shown = "127.0.0.1";
        } else if (host.equals("::") || host.equals("[::]")) {
            shown = "[::1]";
        } else if (host.contains(":") && !host.startsWith("[")) {
            shown = "[" + host + "]";
        }
        return "http://" + shown + ":" + actualPort + "/";
    }
}
