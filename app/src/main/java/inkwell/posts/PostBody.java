package inkwell.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A post's Markdown as written and its HTML as rendered and sanitized on save. */
@Entity
@Table(name = "ARTICLE_BODY")
public class PostBody {
    @Id
    @Column(name = "ARTICLE_ID")
    private Long postId;

    @Lob
    @Column(name = "MARKDOWN", nullable = false)
    private String markdown;

    @Lob
    @Column(name = "HTML", nullable = false)
    private String html;

    protected PostBody() {
    }

    PostBody(long postId, PostContent content) {
        this.postId = postId;
        apply(content);
    }

    final void apply(PostContent content) {
        this.markdown = content.markdown();
        this.html = content.html();
    }

    long postId() {
        return postId;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }
}
