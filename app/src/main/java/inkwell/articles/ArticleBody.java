package inkwell.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A post's Markdown as written and its HTML as rendered and sanitized on save. */
@Entity
@Table(name = "ARTICLE_BODY")
public class ArticleBody {
    @Id
    @Column(name = "ARTICLE_ID")
    private Long articleId;

    @Lob
    @Column(name = "MARKDOWN", nullable = false)
    private String markdown;

    @Lob
    @Column(name = "HTML", nullable = false)
    private String html;

    protected ArticleBody() {
    }

    ArticleBody(long articleId, ArticleContent content) {
        this.articleId = articleId;
        apply(content);
    }

    final void apply(ArticleContent content) {
        this.markdown = content.markdown();
        this.html = content.html();
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }
}
