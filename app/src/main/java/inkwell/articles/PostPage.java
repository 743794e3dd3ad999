package inkwell.articles;

import inkwell.web.Meta;
import inkwell.web.PageModel;

/** A post: its card facts, the stored sanitized HTML and the token for the delete dialog's form. */
public record PostPage(ArticleCard article, String html, String description, String csrf) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.article(article.title(), description, article.path(), article.createdAt(), article.updatedAt());
    }
}
