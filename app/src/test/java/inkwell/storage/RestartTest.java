package inkwell.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.RunningBlog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is the whole state: posts survive a restart, Derby logs where it should. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void postsSurviveARestartAndDerbyLogsInTheDataFolder() throws Exception {
        String location;
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            location = blog.createPost("Still here", "Ada", "After a **restart**.");
        }
        try (RunningBlog blog = RunningBlog.start(dataDir)) {
            String page = blog.get(location).body();
            assertTrue(page.contains("<h1>Still here</h1>") && page.contains("<strong>restart</strong>"));
            assertEquals(1, blog.get("/posts").body().split("class=\"card\"").length - 1);
        }
        assertTrue(Files.isDirectory(dataDir.resolve("db")), "Derby lives in <data-dir>/db");
        assertTrue(!Files.exists(Path.of("derby.log")), "derby.log is not written into the working directory");
    }
}
