package inkwell.publish;

import inkwell.site.PublicAddress;
import inkwell.web.http.Form;
import inkwell.web.http.FormReader;
import inkwell.web.http.HttpError;
import inkwell.web.security.CommandToken;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /publish/command}: a command-line {@code publish} handing its job to this running Inkwell (only
 * one process may open the database). It answers as plain text, streamed: the progress lines as they come, then
 * one last line, {@code OK <summary>} or {@code FAILED <reason>}, which the command turns into its exit status.
 */
public final class PublishCommandPage {
    private static final Logger LOG = LoggerFactory.getLogger(PublishCommandPage.class);
    static final String OK = "OK ";
    static final String FAILED = "FAILED ";
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Publisher publisher;
    private final CommandToken token;
    private final FormReader forms = new FormReader();

    public PublishCommandPage(Publisher publisher, CommandToken token) {
        this.publisher = publisher;
        this.token = token;
    }

    public void run(HttpServerExchange exchange) {
        if (!token.accepts(exchange)) {
            throw HttpError.forbidden("This address is for Inkwell's own command line, which signs its requests.");
        }
        Form form = forms.read(exchange);
        Optional<PublicAddress> address;
        try {
            address = PublicAddress.parse(form.get("base_url"));
        } catch (PublicAddress.InvalidAddress e) {
            throw new HttpError(422, "--base-url: " + e.getMessage());
        }
        PublishJob job = publisher.publish(publisher.request(form.get("to"), form.get("branch"), address));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.startBlocking();
        try (OutputStream out = exchange.getOutputStream()) {
            stream(job, out);
        } catch (IOException e) {
            // The command went away (Ctrl+C): the publish goes on and its outcome shows on the Publish page.
            LOG.debug("The publish command stopped listening: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stream(PublishJob job, OutputStream out) throws IOException, InterruptedException {
        int seen = 0;
        while (true) {
            List<String> lines = job.linesFrom(seen);
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            seen += lines.size();
            out.flush();
            Optional<PublishOutcome> outcome = job.outcome();
            if (outcome.isPresent() && job.linesFrom(seen).isEmpty()) {
                String last = (outcome.get().succeeded() ? OK : FAILED) + outcome.get().summary() + "\n";
                out.write(last.getBytes(StandardCharsets.UTF_8));
                return;
            }
            job.awaitNews(seen, CHECK_EVERY);
        }
    }
}
