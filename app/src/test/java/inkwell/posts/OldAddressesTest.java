package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An old address is stored and looked up in one form, and never one that would shadow Inkwell's own pages. */
class OldAddressesTest {
    @Test
    void aLinkIsKeptAsItsPathDecodedOnceWithoutHostQueryOrTrailingSlash() {
        assertEquals(Optional.of("/2019/03/14/Café-notes"),
                OldAddresses.pathOf("https://old.example/2019/03/14/Caf%C3%A9-notes/?utm=x#top"));
        assertEquals(Optional.of("/archives/%41"), OldAddresses.pathOf("http://old.example//archives/%2541"),
                "decoded once, // collapsed");
        assertEquals(Optional.of("/blog/a%zz"), OldAddresses.pathOf("https://old.example/blog/a%zz"));
        assertEquals(Optional.empty(), OldAddresses.pathOf("https://old.example/?p=12"), "the home page: no path");
        assertEquals(Optional.empty(), OldAddresses.pathOf("not a link"));
    }

    @Test
    void requestsAreBoundedAndNumbersAreDigitsOnly() {
        assertEquals(Optional.of("/2019/03/slug"), OldAddresses.requested("/2019/03/slug"));
        assertEquals(Optional.empty(), OldAddresses.requested("/" + "a".repeat(10_000)));
        assertEquals(Optional.empty(), OldAddresses.requested("/" + "a".repeat(OldAddresses.MAX_LENGTH)),
                "one past the longest kept");
        assertEquals(Optional.empty(), OldAddresses.requested("/a\u0000b"));
        assertEquals(Optional.of("12"), OldAddresses.number("0012"));
        assertEquals(Optional.empty(), OldAddresses.number("12 OR 1=1"));
        assertEquals(Optional.empty(), OldAddresses.number("9".repeat(19)));
    }

    @Test
    void inkwellsOwnAddressesAndUnsafeOnesAreNeverKept() {
        for (String own : new String[] {"/", "/posts", "/posts/3/x", "/Tags/engines", "/feed.xml", "/search",
                "/assets/x.css", "/media/a.png", "/favicon.ico"}) {
            assertTrue(OldAddresses.problem(own).orElse("").contains("Inkwell's own"), own);
        }
        assertTrue(OldAddresses.problem("/a/../b").isPresent());
        assertTrue(OldAddresses.problem("/?p=abc").isPresent(), "a decoded %3F is no post number");
        assertTrue(OldAddresses.problem("/" + "a".repeat(OldAddresses.MAX_LENGTH)).isPresent());
        assertEquals(Optional.empty(), OldAddresses.problem("/?p=12"));
        assertEquals(Optional.empty(), OldAddresses.problem("/2019/03/14/slug"));
        assertEquals(Optional.empty(), OldAddresses.problem("/postscript/slug"), "only whole first parts");
    }
}
