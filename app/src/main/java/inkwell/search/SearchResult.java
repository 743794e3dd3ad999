package inkwell.search;

import java.time.Instant;

/** One post found: its title and address, who wrote it and when, and the passages that matched, as safe HTML. */
public record SearchResult(String title, String path, String author, Instant published, String snippetHtml) {
}
