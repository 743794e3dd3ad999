package inkwell.posts;

import inkwell.web.http.Routes;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;
import java.util.Map;

/**
 * {@code /tags}: every tag with public posts and their number. For the owner each tag has a rename form; a refused
 * rename comes back with the name as typed and the reason beside it ({@code errors} and {@code typed} by slug).
 */
public record TagsPage(List<TagCount> tags, FieldErrors errors, Map<String, String> typed, String csrf)
        implements PageModel {

    static TagsPage of(List<TagCount> tags, String csrf) {
        return new TagsPage(tags, FieldErrors.none(), Map.of(), csrf);
    }

    TagsPage refused(String slug, String name, String message) {
        return new TagsPage(tags, new FieldErrors(Map.of(slug, message)), Map.of(slug, name), csrf);
    }

    /** What the tag's rename field holds: the name as typed after a refusal, else the tag's name. */
    public String nameField(Tag tag) {
        return typed.getOrDefault(tag.slug(), tag.name());
    }

    public int maxName() {
        return TagNames.MAX_LENGTH;
    }

    public String action() {
        return Routes.TAGS;
    }

    @Override
    public Meta meta() {
        return Meta.page("Tags", "Every tag, with how many posts carry it.", Routes.TAGS);
    }
}
