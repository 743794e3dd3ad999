package inkwell.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.BlogClient;
import inkwell.OneBlogPerClass;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The hostile suite's Markdown, through the write form of a running blog: what amplifies is refused at once with
 * the text kept and the reason beside it; what used to parse in quadratic time saves in well under a second; and
 * while the largest post the form takes is being saved, reading pages does not wait for it.
 */
class RenderBudgetHttpTest extends OneBlogPerClass {

    /**
     * A whole HTTP save, wall time. Alone these take 100-400 ms; on a shared machine under other builds one took
     * 1.7 s. The bound stays under the render budget's 3 s backstop, so a render that only the backstop stopped,
     * or a quadratic one (35 KB once took 5 s), still fails.
     */
    private static final long SAVE_BOUND_MILLIS = 2_500;

    private static long millis(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private HttpResponse<String> create(String title, String content) throws Exception {
        return blog.postForm("/posts", Map.of("title", title, "name", "Mallory", "content", content));
    }

    @Test
    void aPostThatAmplifiesIsRefusedQuicklyWithItsTextKept() throws Exception {
        String amplifying = "[x]: /" + "a".repeat(40_000) + "\n\n" + "[x] ".repeat(35_000);
        create("warm-up", "*warm* [up](/)");
        HttpResponse<String>[] response = new HttpResponse[1];
        long took = millis(() -> response[0] = create("Amplifier", amplifying));
        assertEquals(422, response[0].statusCode());
        assertTrue(response[0].body().contains("id=\"content-error\""), "the reason is beside the text");
        assertTrue(response[0].body().contains("would make a page of more than"), response[0].body().substring(0, 500));
        assertTrue(response[0].body().contains("[x] [x] [x]") && response[0].body().contains("aaaaaaaaaa"),
                "the text is kept in the form");
        assertTrue(took < SAVE_BOUND_MILLIS, "refused in " + took + " ms");
    }

    @Test
    void deeplyNestedAndMixedInlineRunsSaveInUnderASecond() throws Exception {
        Map<String, String> runs = Map.of(
                "nested", "![".repeat(30_000) + "a" + "](b)".repeat(30_000),
                "mixed", "*a **b `c` [d](e) _f_ ~~g~~ ".repeat(7_000));
        for (Map.Entry<String, String> run : runs.entrySet()) {
            create("warm-up " + run.getKey(), run.getValue().substring(0, 20_000)); // the JIT, as in a running blog
            HttpResponse<String>[] response = new HttpResponse[1];
            long took = millis(() -> response[0] = create(run.getKey(), run.getValue()));
            assertEquals(303, response[0].statusCode(), run.getKey());
            assertTrue(took < SAVE_BOUND_MILLIS, run.getKey() + " saved in " + took + " ms");
        }
    }

    @Test
    void readingDoesNotWaitForTheLargestPostBeingSaved() throws Exception {
        String largest = String.join("\n\n", Collections.nCopies(1_600,
                "A paragraph of *emphasis*, `code`, [a link](https://example.org/x) and plain words, repeated.."));
        String editPath = blog.createPost("Read while others write", "Ada", "Short.").replaceAll("/[^/]+$", "/edit");
        BlogClient stranger = blog.newOwnerBrowser(); // no author cookie: /new reads the newest
        stranger.get("/new");
        create("warm-up large", largest);
        // The largest post the form takes, and one that amplifies (35 KB once made a 48 MB page in 5 s).
        String amplifying = "[x]: /" + "a".repeat(10_000) + "\n\n" + "[x] ".repeat(6_000);
        List<Integer> saves = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 6; i++) {
                try {
                    saves.add(create("Largest " + i, largest).statusCode());
                    saves.add(create("Amplifying " + i, amplifying).statusCode());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        List<Long> reads = new ArrayList<>();
        while (!saving.isDone()) {
            for (String path : List.of("/new", editPath, "/posts", "/")) {
                reads.add(millis(() -> assertEquals(200, stranger.get(path).statusCode(), path)));
            }
        }
        saving.join();
        Collections.sort(reads);
        assertTrue(reads.size() >= 8, "too few reads to say: " + reads);
        System.out.println("reads during the saves, ms: " + reads);
        long p90 = reads.get(reads.size() * 9 / 10);
        assertTrue(p90 < 100, "reads during the saves: p90 " + p90 + " ms, all " + reads);
        // On a shared machine a read may be paused by the collector or the other tests' threads; a read that waited
        // for a save would take as long as the save.
        assertTrue(reads.get(reads.size() - 1) < 1000, "the slowest read took " + reads.get(reads.size() - 1) + " ms");
        assertEquals(Collections.nCopies(6, List.of(303, 422)).stream().flatMap(List::stream).toList(), saves,
                "the largest post saved, the amplifying one refused");
    }
}
