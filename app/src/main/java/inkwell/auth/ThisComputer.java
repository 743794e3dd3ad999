package inkwell.auth;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a connection comes from this computer: from a loopback address, or from one of this computer's own
 * network addresses (a browser here opening the blog at {@code http://192.168.1.5:8465/}, its LAN address, connects
 * from that address). TCP's handshake means a remote machine cannot pose as one of these.
 */
final class ThisComputer {
    private static volatile Set<InetAddress> own;

    private ThisComputer() {
    }

    static boolean is(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || ownAddresses().contains(address);
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> known = own;
        if (known == null) {
            // Read once: addresses rarely change while a blog runs, and a new one only means the launcher's link
            // does not count from it (the password still does).
            known = read();
            own = known;
        }
        return known;
    }

    private static Set<InetAddress> read() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses).collect(Collectors.toUnmodifiableSet());
        } catch (SocketException | RuntimeException e) {
            return Set.of();
        }
    }
}
