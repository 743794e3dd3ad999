package inkwell.posts;

import inkwell.markdown.Words;

/**
 * What a revision holds: the form's text fields as typed. The status buttons are not text: restoring a revision
 * never publishes or unpublishes a post.
 */
public record RevisionText(String title, String author, String content, String tags, String publishAt) {

    static RevisionText of(PostDraft draft) {
        return new RevisionText(draft.title(), draft.author(), draft.content(), draft.tags(), draft.publishAt());
    }

    /** The form's fields for this text, the status buttons left out. */
    PostDraft draft(String status) {
        return new PostDraft(title, author, content, status, publishAt, tags);
    }

    /** Characters in code points, as the form's limits count them. */
    public int chars() {
        return content.codePointCount(0, content.length());
    }

    public int words() {
        return Words.count(content);
    }

    /** Whether the two say the same: the fields a reader or the writer could tell apart. */
    boolean sameAs(RevisionText other) {
        return title.equals(other.title) && author.equals(other.author) && content.equals(other.content)
                && tags.equals(other.tags);
    }
}
