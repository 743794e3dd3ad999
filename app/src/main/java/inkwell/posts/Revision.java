package inkwell.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One saved state of a post's form: its fields as typed (an autosave keeps even what would not pass the form's
 * checks yet), when, and why. Its size and words are counted once, when it is written, so that the history lists
 * revisions without loading their text.
 */
@Entity
@Table(name = "POST_REVISION")
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ARTICLE_ID", nullable = false)
    private long postId;

    @Column(name = "KIND", nullable = false)
    private String kind;

    /** UTC wall-clock time, like the posts' times. */
    @Column(name = "SAVED_AT", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "AUTHOR", nullable = false)
    private String author;

    @Column(name = "TAGS", nullable = false)
    private String tags;

    @Column(name = "PUBLISH_AT", nullable = false)
    private String publishAt;

    @Lob
    @Column(name = "MARKDOWN", nullable = false)
    private String markdown;

    @Column(name = "CHARS", nullable = false)
    private int chars;

    @Column(name = "WORDS", nullable = false)
    private int words;

    /** An autosave the writer chose not to restore: kept in the history, no longer offered. */
    @Column(name = "DISMISSED", nullable = false)
    private short dismissed;

    protected Revision() {
    }

    Revision(long postId, RevisionKind kind, RevisionText text, Instant savedAt) {
        this.postId = postId;
        this.kind = kind.value();
        this.savedAt = LocalDateTime.ofInstant(savedAt, ZoneOffset.UTC);
        this.title = text.title();
        this.author = text.author();
        this.tags = text.tags();
        this.publishAt = text.publishAt();
        this.markdown = text.content();
        this.chars = text.chars();
        this.words = text.words();
    }

    public long id() {
        return id;
    }

    long postId() {
        return postId;
    }

    public RevisionKind kind() {
        return RevisionKind.ofStored(kind);
    }

    public Instant savedAt() {
        return savedAt.toInstant(ZoneOffset.UTC);
    }

    public RevisionText text() {
        return new RevisionText(title, author, markdown, tags, publishAt);
    }

    public int chars() {
        return chars;
    }

    public int words() {
        return words;
    }

    boolean dismissed() {
        return dismissed != 0;
    }

    void dismiss() {
        this.dismissed = 1;
    }
}
