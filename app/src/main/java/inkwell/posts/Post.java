package inkwell.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A post's metadata: everything the home and list pages show. The Markdown and its HTML live in
 * {@link PostBody} so that listing posts never loads their bodies.
 */
@Entity
@Table(name = "ARTICLE")
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "SLUG", nullable = false)
    private String slug;

    @Column(name = "AUTHOR", nullable = false)
    private String author;

    @Column(name = "EXCERPT", nullable = false)
    private String excerpt;

    @Column(name = "READING_MINUTES", nullable = false)
    private int readingMinutes;

    @Column(name = "VIEWS", nullable = false)
    private long views;

    /** Stored as UTC wall-clock time, the portable TIMESTAMP mapping. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "STATUS", nullable = false)
    private String status;

    /** When readers first saw it (published), or will (scheduled); empty for a draft never published. */
    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    protected Post() {
    }

    Post(PostContent content, Instant now) {
        apply(content, now);
        this.createdAt = toUtc(now);
        this.status = PostStatus.DRAFT.value();
    }

    /**
     * Moves the post to {@code wanted}. Publishing keeps the date readers saw first (an edit is not news), unless
     * the post was not public; scheduling sets the date it will go public.
     */
    final void moveTo(PostStatus wanted, Instant scheduledFor, Instant now) {
        switch (wanted) {
            case PUBLISHED -> {
                if (status() != PostStatus.PUBLISHED) {
                    this.publishedAt = toUtc(now);
                }
            }
            case SCHEDULED -> this.publishedAt = toUtc(scheduledFor);
            case DRAFT -> this.publishedAt = null;
        }
        this.status = wanted.value();
    }

    /** An imported post keeps the dates it had where it came from; {@code published} is null for a draft. */
    final void dated(Instant created, Instant updated, Instant published) {
        this.createdAt = toUtc(created);
        this.updatedAt = toUtc(updated);
        this.publishedAt = published == null ? null : toUtc(published);
    }

    final void apply(PostContent content, Instant now) {
        this.title = content.title();
        this.slug = content.slug();
        this.author = content.author();
        this.excerpt = content.excerpt();
        this.readingMinutes = content.readingMinutes();
        this.updatedAt = toUtc(now);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String author() {
        return author;
    }

    public String excerpt() {
        return excerpt;
    }

    public int readingMinutes() {
        return readingMinutes;
    }

    long storedViews() {
        return views;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    public PostStatus status() {
        return PostStatus.ofStored(status);
    }

    public boolean isPublic() {
        return status() == PostStatus.PUBLISHED;
    }

    /**
     * The date readers see: when it was published, or when it will be; a draft shows when it was last edited.
     */
    public Instant publishedAt() {
        return publishedAt == null ? updatedAt() : publishedAt.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
