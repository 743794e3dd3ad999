package inkwell.storage;

import inkwell.markdown.Excerpts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes every stored excerpt again from the post's stored sanitized HTML, so that posts saved by an older
 * Inkwell get teasers by today's rule without being edited. The Markdown is not rendered again: the stored HTML
 * is what readers see.
 */
final class StoredExcerpts {
    private static final int BATCH = 200;

    private StoredExcerpts() {
    }

    static void rederive(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet bodies = select.executeQuery("SELECT ARTICLE_ID, HTML FROM ARTICLE_BODY");
             PreparedStatement update = connection.prepareStatement("UPDATE ARTICLE SET EXCERPT = ? WHERE ID = ?")) {
            int pending = 0;
            while (bodies.next()) {
                update.setString(1, Excerpts.ofHtml(bodies.getString(2)));
                update.setLong(2, bodies.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
