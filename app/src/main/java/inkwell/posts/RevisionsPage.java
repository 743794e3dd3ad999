package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A post's history, newest first: when, why, how long, and the links to compare and restore. */
public record RevisionsPage(long postId, String postTitle, String postPath, String editPath, List<Row> rows,
                            String notice, String csrf) implements PageModel {

    /** One revision; {@code comparePath} compares it with the one before (null for the oldest). */
    public record Row(long id, String kind, Instant savedAt, String title, int chars, int words,
                      String comparePath, String restorePath, boolean restorable) {
        /** How the compare form names it. */
        public String label() {
            return kind + ", " + inkwell.web.view.Dates.exact(savedAt) + " (#" + id + ")";
        }
    }

    static RevisionsPage of(Post post, List<Object[]> history, String notice, String csrf) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Object[] row = history.get(i);
            long id = (Long) row[0];
            String compare = i + 1 < history.size() ? Routes.compare(post.id(), (Long) history.get(i + 1)[0], id)
                    : null;
            RevisionKind kind = RevisionKind.ofStored((String) row[1]);
            // The newest manual save is the post's text already; an autosave may always be made the text.
            boolean restorable = i > 0 || kind == RevisionKind.AUTOSAVE;
            rows.add(new Row(id, kind.label(),
                    ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC), (String) row[3], (Integer) row[4],
                    (Integer) row[5], compare, Routes.restore(post.id(), id), restorable));
        }
        return new RevisionsPage(post.id(), post.title(), Routes.post(post.id(), post.slug()), Routes.edit(post.id()),
                rows, notice, csrf);
    }

    public String compareAction() {
        return Routes.REVISIONS_COMPARE.replace("{id}", String.valueOf(postId));
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("History of " + postTitle, Routes.revisions(postId));
    }
}
