package inkwell.storage;

import inkwell.markdown.Words;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every post saved before revisions existed its first revision: its text as it stands, as a manual save at
 * its last change, so that its history starts with what readers know and the first autosave has something to be
 * compared with.
 */
final class FirstRevisions {
    private FirstRevisions() {
    }

    static void record(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT a.TITLE, a.AUTHOR, a.UPDATED_AT, "
                     + "b.MARKDOWN FROM ARTICLE a JOIN ARTICLE_BODY b ON b.ARTICLE_ID = a.ID WHERE a.ID = ?");
             PreparedStatement tags = connection.prepareStatement("SELECT t.NAME FROM POST_TAG pt "
                     + "JOIN TAG t ON t.ID = pt.TAG_ID WHERE pt.ARTICLE_ID = ? ORDER BY t.SLUG");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO POST_REVISION (ARTICLE_ID, KIND, "
                     + "SAVED_AT, TITLE, AUTHOR, TAGS, PUBLISH_AT, MARKDOWN, CHARS, WORDS) "
                     + "VALUES (?, 'manual', ?, ?, ?, ?, '', ?, ?, ?)")) {
            for (long id : StoredRenderings.ids(connection, "SELECT ID FROM ARTICLE")) {
                read.setLong(1, id);
                try (ResultSet post = read.executeQuery()) {
                    if (!post.next()) {
                        continue;
                    }
                    String markdown = post.getString(4);
                    insert.setLong(1, id);
                    insert.setTimestamp(2, post.getTimestamp(3));
                    insert.setString(3, post.getString(1));
                    insert.setString(4, post.getString(2));
                    insert.setString(5, tagsOf(tags, id));
                    insert.setString(6, markdown);
                    insert.setInt(7, markdown.codePointCount(0, markdown.length()));
                    insert.setInt(8, Words.count(markdown));
                    insert.executeUpdate();
                }
            }
        }
    }

    private static String tagsOf(PreparedStatement tags, long id) throws SQLException {
        tags.setLong(1, id);
        List<String> names = new ArrayList<>();
        try (ResultSet rows = tags.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return String.join(", ", names);
    }
}
