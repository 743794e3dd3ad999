package inkwell.articles;

import inkwell.web.Meta;
import inkwell.web.PageModel;

/** "Delete this post?": the confirmation that works without JavaScript. */
public record DeletePage(ArticleCard article, String csrf) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage("Delete \u201c" + article.title() + "\u201d?", article.deletePath());
    }
}
