import inkwell.BlogClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Edits one post through the app's own edit form, as its owner would fix a sentence: opens the form (with its
 * CSRF token), keeps the title and the author's name, adds SENTENCE as a new last paragraph and saves.
 * Usage: java -cp 'app/target/inkwell.jar:app/target/lib/*' bench/EditPost.java DATA_DIR|BASE_URL POST_PATH SENTENCE
 * (POST_PATH as Corpus.java prints it, e.g. /posts/501/some-slug). Prints where the saved post now is.
 */
public class EditPost {
    public static void main(String[] args) throws Exception {
        // A data folder: sign in as its owner through inkwell.url. A URL: an Inkwell from before sign-in.
        BlogClient browser = args[0].startsWith("http") ? new BlogClient(args[0])
                : BlogClient.ownerOf(java.nio.file.Path.of(args[0]));
        String id = args[1].replaceFirst("^/posts/([0-9]+).*", "$1");
        String path = "/posts/" + id + "/edit";
        HttpResponse<String> form = browser.get(path);
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + form.statusCode());
        }
        Document page = Jsoup.parse(form.body());
        String content = page.select("textarea[name=content]").first().wholeText();
        HttpResponse<String> saved = browser.postForm(path, Map.of(
                "_csrf", page.select("input[name=_csrf]").val(),
                "title", page.select("input[name=title]").val(),
                "name", page.select("input[name=name]").val(),
                "content", content.stripTrailing() + "\n\n" + args[2] + "\n"));
        if (saved.statusCode() != 303) {
            throw new IllegalStateException("POST " + path + " answered " + saved.statusCode());
        }
        System.out.println(saved.headers().firstValue("Location").orElseThrow());
    }
}
