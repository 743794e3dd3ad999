package inkwell.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.site.PublicAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A CNAME only for a domain of one's own, at its root. */
class CnameTest {

    private static Optional<String> cname(String address) throws Exception {
        return Cname.of(PublicAddress.parse(address).orElseThrow())
                .map(bytes -> new String(bytes, StandardCharsets.US_ASCII));
    }

    @Test
    void anOwnDomainAtItsRootGetsOne() throws Exception {
        assertEquals(Optional.of("blog.example.org\n"), cname("https://Blog.Example.org"));
        assertEquals(Optional.of("example.org\n"), cname("http://example.org/"));
    }

    @Test
    void platformSubdomainsSubPathsAddressesAndPortsGetNone() throws Exception {
        for (String address : new String[] {"https://ada.github.io/", "https://ada.gitlab.io/", "https://ada.codeberg.page/",
                "https://notes.pages.dev/", "https://notes.netlify.app/", "https://example.org/blog/",
                "https://ada.github.io/notes/", "http://192.168.1.4/", "http://example.org:8080/", "http://intranet/"}) {
            assertEquals(Optional.empty(), cname(address), address);
        }
    }
}
