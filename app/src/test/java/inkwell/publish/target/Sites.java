package inkwell.publish.target;

import inkwell.publish.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small sites for the target tests, written as path/text pairs. */
final class Sites {
    private Sites() {
    }

    static SiteFiles of(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return SiteFiles.of(files);
    }

    static SiteFiles blog() {
        return of("index.html", "<h1>Home</h1>", "posts/1/hello/index.html", "<p>Hello</p>",
                "posts/2/again/index.html", "<p>Again</p>", "assets/css/site.css", "body{}", ".nojekyll", "");
    }

    static SiteFiles blogWithEditedPost() {
        return of("index.html", "<h1>Home</h1>", "posts/1/hello/index.html", "<p>Hello, edited</p>",
                "posts/2/again/index.html", "<p>Again</p>", "assets/css/site.css", "body{}", ".nojekyll", "");
    }

    static SiteFiles blogWithoutSecondPost() {
        return of("index.html", "<h1>Home</h1>", "posts/1/hello/index.html", "<p>Hello, edited</p>",
                "assets/css/site.css", "body{}", ".nojekyll", "");
    }
}
