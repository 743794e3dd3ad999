package inkwell.web.security;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The host names, beyond loopback and IP literals, that the blog answers to: this computer's own name (and its
 * {@code .local} name), so readers on the LAN can use it; the public address's host (a reverse proxy passes it
 * on); and the names given with {@code --allowed-hosts}. A rebinding attacker controls none of these.
 */
public final class VouchedHosts implements Predicate<String> {
    private final Set<String> configured;
    private final Supplier<Optional<String>> publicHost;
    private volatile Set<String> machineNames = Set.of();

    public VouchedHosts(List<String> configured, Supplier<Optional<String>> publicHost) {
        this.configured = Set.copyOf(configured);
        this.publicHost = publicHost;
        // Looking the computer's name up may ask DNS: never on the start-up path or a request's.
        Thread lookup = new Thread(() -> machineNames = lookUpMachineNames(), "inkwell-host-names");
        lookup.setDaemon(true);
        lookup.start();
    }

    @Override
    public boolean test(String name) {
        return !name.isEmpty() && (configured.contains(name) || machineNames.contains(name)
                || publicHost.get().map(host -> host.equalsIgnoreCase(name)).orElse(false));
    }

    private static Set<String> lookUpMachineNames() {
        Set<String> names = new HashSet<>();
        try {
            InetAddress self = InetAddress.getLocalHost();
            for (String name : List.of(self.getHostName(), self.getCanonicalHostName())) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.isEmpty()) {
                    names.add(lower);
                    names.add(lower.split("\\.")[0] + ".local");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // No name: readers use the address instead.
        }
        return Set.copyOf(names);
    }
}
