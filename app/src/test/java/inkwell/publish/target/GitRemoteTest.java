package inkwell.publish.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Which addresses count as Git remotes, and how messages name them. */
class GitRemoteTest {
    @Test
    void takesTheFormsGitHostsHandOut() throws Exception {
        assertEquals(GitRemote.Kind.HTTP, GitRemote.parse("https://github.com/ada/notes.git").kind());
        assertEquals(GitRemote.Kind.HTTP, GitRemote.parse("http://127.0.0.1:8080/notes.git").kind());
        assertEquals(GitRemote.Kind.SSH, GitRemote.parse("git@github.com:ada/notes.git").kind());
        assertEquals(GitRemote.Kind.SSH, GitRemote.parse("ssh://git@gitlab.com:2222/ada/notes.git").kind());
        assertEquals(GitRemote.Kind.LOCAL, GitRemote.parse("file:///srv/git/notes.git").kind());
        assertEquals(GitRemote.Kind.LOCAL, GitRemote.parse("/srv/git/notes.git").kind());
        assertEquals("github.com", GitRemote.parse("git@github.com:ada/notes.git").where());
        assertEquals("gitlab.com:2222", GitRemote.parse(" ssh://git@gitlab.com:2222/ada/notes.git ").where());
        assertEquals("the repository /srv/git/notes.git", GitRemote.parse("file:///srv/git/notes.git").where());
    }

    @Test
    void refusesOtherSchemesAndEmptyAddresses() {
        assertEquals("Inkwell publishes to a Git address that starts with https://, ssh://, git@ or file://;"
                + " the address is empty.",
                assertThrows(PublishFailure.class, () -> GitRemote.parse(" ")).getMessage());
        assertThrows(PublishFailure.class, () -> GitRemote.parse("s3://bucket/site"));
        assertThrows(PublishFailure.class, () -> GitRemote.parse("https:///no-host"));
    }
}
