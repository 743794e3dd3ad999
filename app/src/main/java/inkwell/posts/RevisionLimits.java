package inkwell.posts;

import inkwell.web.http.HttpError;

/**
 * What an autosave may hold. It keeps fields as typed, even past the form's limits (a title a few characters
 * too long is still the writer's text), but within bounds: the post's own limit for the text, generous ones for
 * the short fields. Past them it is refused with 413 and a message the editor shows.
 */
final class RevisionLimits {
    static final int MAX_SHORT_FIELD = 500;
    static final int MAX_TAGS_FIELD = 1000;
    static final int MAX_PUBLISH_AT = 40;

    private RevisionLimits() {
    }

    static void check(PostDraft draft) {
        int content = length(draft.content());
        if (content > PostValidator.MAX_CONTENT) {
            throw new HttpError(413, String.format("Not autosaved: the text has %,d characters, more than the "
                    + "%,d characters a post can hold. Shorten it or split it into two posts; it is still in the editor.",
                    content, PostValidator.MAX_CONTENT));
        }
        if (length(draft.title()) > MAX_SHORT_FIELD || length(draft.author()) > MAX_SHORT_FIELD
                || length(draft.tags()) > MAX_TAGS_FIELD || length(draft.publishAt()) > MAX_PUBLISH_AT) {
            throw new HttpError(413, "Not autosaved: the title, name or tags field is far longer than a post can "
                    + "hold. Shorten it; your text is still in the editor.");
        }
    }

    /**
     * The fields a new post's first autosave makes its draft with: within the post's limits, a title where there
     * is none. The revision keeps the fields as typed.
     */
    static PostDraft fitForDraft(PostDraft draft) {
        String title = draft.title().isBlank() ? "Untitled draft" : cut(draft.title(), PostValidator.MAX_TITLE);
        return new PostDraft(title, cut(draft.author(), PostValidator.MAX_AUTHOR), draft.content(),
                PostStatus.DRAFT.value(), "", draft.tags());
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String cut(String value, int max) {
        return length(value) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }
}
