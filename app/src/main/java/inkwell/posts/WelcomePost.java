package inkwell.posts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The "Welcome to Inkwell" post made on a data folder's first run: how to write, where data lives, how to stop. */
final class WelcomePost {
    static final String TITLE = "Welcome to Inkwell";
    static final String AUTHOR = "Inkwell";
    /** Marks a data folder that was welcomed once, so deleting the post does not bring it back. */
    static final String MARKER = ".welcomed";

    private WelcomePost() {
    }

    static PostDraft draft(Path dataDir) {
        try (InputStream in = WelcomePost.class.getResourceAsStream("welcome.md")) {
            if (in == null) {
                throw new IllegalStateException("welcome.md is missing from the jar");
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{dataDir}}", dataDir.toString());
            return new PostDraft(TITLE, AUTHOR, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
