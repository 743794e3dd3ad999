package inkwell;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** For test classes whose tests can share one running blog (each makes its own posts). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OneBlogPerClass {
    protected RunningBlog blog;

    @BeforeAll
    void startBlog(@TempDir Path dataDir) throws Exception {
        blog = RunningBlog.start(dataDir);
    }

    @AfterAll
    void stopBlog() {
        if (blog != null) {
            blog.close();
        }
    }
}
