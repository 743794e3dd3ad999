package inkwell.posts;

import inkwell.web.http.Routes;

/**
 * The JSON an autosave answers with: the post (made by this autosave or not), its revision and time, and the
 * addresses the editor moves to once a new post exists. Numbers and Inkwell's own paths only: nothing to escape.
 */
final class AutosaveAnswer {
    private AutosaveAnswer() {
    }

    static String json(RevisionRepository.Autosaved saved) {
        long id = saved.post().id();
        return "{\"post\":" + id + ",\"revision\":" + saved.revision().id()
                + ",\"savedAt\":" + saved.revision().savedAt().toEpochMilli()
                + ",\"created\":" + saved.created()
                + ",\"edit\":\"" + Routes.edit(id) + "\""
                + ",\"autosave\":\"" + Routes.autosave(id) + "\""
                + ",\"history\":\"" + Routes.revisions(id) + "\"}";
    }
}
