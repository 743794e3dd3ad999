package inkwell.web.http;

/** The port the user asked for is taken by another program. */
public class PortInUseException extends Exception {
    public PortInUseException(int port) {
        super("Port " + port + " is already in use by another program. Choose another with --port N, "
                + "or use --port 0 to take any free port.");
    }
}
