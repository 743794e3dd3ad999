package inkwell.storage;

import inkwell.markdown.Excerpts;
import inkwell.markdown.MarkdownRenderer;
import inkwell.markdown.MarkdownTooComplex;
import inkwell.markdown.RenderedMarkdown;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every stored post again from its Markdown, so that posts saved by an older Inkwell read like new ones
 * without being edited: today's teaser (prose, no headings or Markdown syntax), labelled task-list boxes, tables
 * that scroll in their own box, code blocks a keyboard can scroll. A post past today's render budget keeps the
 * HTML it has (readers already see it) and only gets its teaser made again from that HTML.
 */
final class StoredRenderings {
    private StoredRenderings() {
    }

    static void renderAgain(Connection connection) throws SQLException {
        MarkdownRenderer renderer = new MarkdownRenderer();
        try (PreparedStatement read = connection.prepareStatement(
                     "SELECT MARKDOWN, HTML FROM ARTICLE_BODY WHERE ARTICLE_ID = ?");
             PreparedStatement writeBody = connection.prepareStatement(
                     "UPDATE ARTICLE_BODY SET HTML = ? WHERE ARTICLE_ID = ?");
             PreparedStatement writeExcerpt = connection.prepareStatement(
                     "UPDATE ARTICLE SET EXCERPT = ? WHERE ID = ?")) {
            for (long id : ids(connection, "SELECT ARTICLE_ID FROM ARTICLE_BODY")) {
                read.setLong(1, id);
                try (ResultSet body = read.executeQuery()) {
                    if (body.next()) {
                        Rendering rendering = render(renderer, body.getString(1), body.getString(2));
                        update(writeBody, rendering.html(), id);
                        update(writeExcerpt, rendering.excerpt(), id);
                    }
                }
            }
        }
    }

    /** The HTML and the teaser, as today's renderer makes them; within its budget, or from the HTML kept. */
    private static Rendering render(MarkdownRenderer renderer, String markdown, String storedHtml) {
        try {
            RenderedMarkdown rendered = renderer.render(markdown);
            return new Rendering(rendered.html(), rendered.excerpt());
        } catch (MarkdownTooComplex e) {
            return new Rendering(storedHtml, Excerpts.ofHtml(storedHtml));
        }
    }

    private record Rendering(String html, String excerpt) {
    }

    private static void update(PreparedStatement statement, String value, long id) throws SQLException {
        statement.setString(1, value);
        statement.setLong(2, id);
        statement.executeUpdate();
    }

    /**
     * The ids a query selects, read first, so that no cursor stays open on a table while its rows are written
     * (migrations' Java steps use it).
     */
    static List<Long> ids(Connection connection, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(query);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
