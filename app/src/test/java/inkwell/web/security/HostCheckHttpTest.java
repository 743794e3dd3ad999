package inkwell.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RawHttp;
import inkwell.OneBlogPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DNS-rebinding defence: only loopback names and IP literals are served. */
class HostCheckHttpTest extends OneBlogPerClass {
    private RawHttp.Response getWithHost(String host) throws Exception {
        return RawHttp.send(blog.uri("/"), "GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8465", "127.0.0.1.nip.io", "localhost.evil.example",
            "attacker.localhost.example:80", "0x7f.1"})
    void foreignHostsAreRefusedWith421(String host) throws Exception {
        assertEquals(421, getWithHost(host).status(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>x</script>", "127.0.0.1:notaport", "a b"})
    void malformedHostsAreRefusedAndNeverEchoedRaw(String host) throws Exception {
        RawHttp.Response response = getWithHost(host);
        assertTrue(response.status() == 400 || response.status() == 421, host + " answered " + response.status());
        assertFalse(response.text().contains("<script>x"), "the host is never echoed unescaped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST:1234", "[::1]", "[::1]:8465", "127.0.0.1:8465",
            "localhost."})
    void loopbackHostsAreServed(String host) throws Exception {
        assertEquals(200, getWithHost(host).status(), host);
    }

    @Test
    void missingHostOnHttp11IsABadRequestNotAServerError() throws Exception {
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertEquals(400, response.status());
    }

    @Test
    void http10WithoutHostIsServed() throws Exception {
        RawHttp.Response response = RawHttp.send(blog.uri("/"), "GET /posts HTTP/1.0\r\n\r\n");
        assertEquals(200, response.status());
        assertTrue(response.body().contains("All posts"));
    }
}
