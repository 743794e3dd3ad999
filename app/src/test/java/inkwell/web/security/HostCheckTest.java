package inkwell.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Host rule alone; HostCheckHttpTest checks it in the running pipeline. */
class HostCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8465", "LOCALHOST", "LocalHost:1", "localhost.", "localhost.:80",
            " localhost ", "127.0.0.1", "127.0.0.1:8465", "127.0.0.1.", "192.168.1.20:8465", "[::1]", "[::1]:8465",
            "[0:0:0:0:0:0:0:1]:65535", "[::FFFF:127.0.0.1]:80", "[FE80::1]"})
    void loopbackNamesAndIpLiteralsAreServed(String host) {
        assertTrue(HostCheck.isLocalHost(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ":8465", "evil.example", "127.0.0.1.evil.example", "127.0.0.1.evil.example:8465",
            "localhost.evil", "localhost.evil.example", "evil-localhost", "sub.localhost", "localhost..",
            "127.0.0.1.nip.io", "0x7f.0.0.1", "127.1", "1.2.3.4.5", "::1", "[::1", "::1]", "[::1]evil",
            "[::1]:", "[::1]:80:80", "[evil.example]", "localhost:", "localhost:port", "localhost:-1",
            "localhost:123456", "localhost:80:80", "localhost:80.evil", "127.0.0.1:80x", "local host",
            "ｌｏｃａｌｈｏｓｔ", "localhost%00.evil"})
    void rebindingNamesAndMalformedHostsAreRefused(String host) {
        assertFalse(HostCheck.isLocalHost(host), host);
    }
}
