package inkwell.web.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Where other devices can reach a blog bound to {@code bind}: nothing for a loopback bind, the address itself for a
 * specific one, and every non-loopback address of this computer for a wildcard ({@code 0.0.0.0}, {@code ::}).
 */
public final class NetworkAddresses {
    private NetworkAddresses() {
    }

    /** The blog's URLs as other devices open them, IPv4 first; empty when only this computer can reach it. */
    public static List<String> reachable(String bind, String url) {
        int port = URI.create(url).getPort();
        try {
            InetAddress bound = InetAddress.getByName(bind.replace("[", "").replace("]", ""));
            if (bound.isLoopbackAddress()) {
                return List.of();
            }
            List<InetAddress> addresses = bound.isAnyLocalAddress() ? ownAddresses() : List.of(bound);
            return addresses.stream().sorted(Comparator.comparing(address -> !(address instanceof Inet4Address)))
                    .map(address -> new ServerAddress(address.getHostAddress().replaceAll("%.*$", ""), port, true)
                            .urlFor(port)).toList();
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static List<InetAddress> ownAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(NetworkAddresses::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean isUp(NetworkInterface face) {
        try {
            return face.isUp() && !face.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
