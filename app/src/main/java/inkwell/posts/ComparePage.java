package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.time.Instant;
import java.util.List;

/** Two revisions of a post, word by word: what the newer one inserted and what it deleted, field by field. */
public record ComparePage(long postId, String postTitle, Side older, Side newer, List<WordDiff.Segment> title,
                          List<WordDiff.Segment> tags, List<WordDiff.Segment> content, String csrf)
        implements PageModel {

    /** One of the two revisions compared. */
    public record Side(long id, String kind, Instant savedAt, int chars, int words, String restorePath) {
        static Side of(long postId, Revision revision) {
            return new Side(revision.id(), revision.kind().label(), revision.savedAt(), revision.chars(),
                    revision.words(), Routes.restore(postId, revision.id()));
        }
    }

    /** In either order: the older (lower id) goes first. */
    static ComparePage of(Post post, Revision one, Revision other, String csrf) {
        Revision older = one.id() <= other.id() ? one : other;
        Revision newer = older == one ? other : one;
        RevisionText before = older.text();
        RevisionText after = newer.text();
        return new ComparePage(post.id(), post.title(), Side.of(post.id(), older), Side.of(post.id(), newer),
                WordDiff.between(before.title(), after.title()), WordDiff.between(before.tags(), after.tags()),
                WordDiff.between(before.content(), after.content()), csrf);
    }

    public boolean titleChanged() {
        return !WordDiff.same(title);
    }

    public boolean tagsChanged() {
        return !WordDiff.same(tags);
    }

    public boolean contentChanged() {
        return !WordDiff.same(content);
    }

    public String historyPath() {
        return Routes.revisions(postId);
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Compare revisions of " + postTitle, Routes.revisions(postId));
    }
}
