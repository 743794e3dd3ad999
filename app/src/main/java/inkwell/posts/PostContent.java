package inkwell.posts;

import inkwell.markdown.RenderedMarkdown;

/**
 * What a valid form becomes before it is stored: the user's text plus everything derived from it once, on
 * save (slug, sanitized HTML, excerpt, reading time), so that reading a post derives nothing.
 */
record PostContent(String title, String slug, String author, String markdown, String html, String excerpt,
                      int readingMinutes) {

    static PostContent of(PostDraft draft, RenderedMarkdown rendered) {
        return new PostContent(draft.title(), Slugs.slugify(draft.title()), draft.author(), draft.content(),
                rendered.html(), rendered.excerpt(), ReadingTime.minutes(rendered.plainText()));
    }
}
