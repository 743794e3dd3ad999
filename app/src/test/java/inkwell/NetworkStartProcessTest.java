package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Started with {@code --bind 0.0.0.0}, the launcher keeps its one ready line on standard output and says on standard
 * error where readers on the network reach the blog (this machine's own address) and that writing stays on this
 * computer while no owner password is set.
 */
class NetworkStartProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void aNetworkBindNamesTheReachableAddressesAndWhoMayWrite() throws Exception {
        Optional<String> address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(face -> {
                    try {
                        return face.isUp() && !face.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance)
                .map(found -> found.getHostAddress()).findFirst();
        NeededOnCi.require(address.isPresent(), "a non-loopback IPv4 address on this machine");
        Path errors = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.txt");
        Process process = InkwellChild.command("--headless", "--bind", "0.0.0.0", "--port", "0", "--data-dir",
                dataDir.toString()).redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = InkwellChild.readyLine(out);
            String port = ready.replaceAll(".*:(\\d+)/$", "$1");
            Eventually.await(java.time.Duration.ofSeconds(10),
                    () -> Files.readString(errors).contains("Writing stays on this computer"), "the network notice");
            String said = Files.readString(errors);
            assertTrue(said.contains("Readers on your network can open: ")
                    && said.contains("http://" + address.get() + ":" + port + "/"), said);
            assertTrue(said.contains("no owner password is set"), said);
            process.toHandle().destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
            List<String> rest = out.lines().toList();
            assertFalse(rest.stream().anyMatch(line -> line.contains("Readers")), "standard output keeps one line");
        } finally {
            process.destroyForcibly();
        }
    }
}
