package inkwell.posts;

import inkwell.markdown.MarkdownRenderer;
import inkwell.markdown.MarkdownTooComplex;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Posts brought in from elsewhere (an import): each is checked against the write form's limits and rendered and
 * sanitized by the very renderer and render budget a save uses; the lot is then written in one transaction, and
 * the rest of the blog hears of it as of any save (kept pages dropped, search index and publishing told).
 */
public final class PostImport {
    private final PostRepository repository;
    private final Supplier<MarkdownRenderer> markdown;
    private final Clock clock;
    private final Consumer<PostChange[]> changed;

    PostImport(PostRepository repository, Supplier<MarkdownRenderer> markdown, Clock clock,
               Consumer<PostChange[]> changed) {
        this.repository = repository;
        this.markdown = markdown;
        this.clock = clock;
        this.changed = changed;
    }

    /** A post that passed the checks, rendered, with the tags and earlier slugs it will be written with. */
    public record Ready(FullPost post, PostContent content, Map<String, String> tags, List<String> oldSlugs,
                        RevisionText text, List<String> notes) {
        public String slug() {
            return content.slug();
        }
    }

    /** Why a post cannot be imported, in the words the write form would use. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The addresses from other blogs the blog's posts keep now. */
    public Set<String> oldPathsInUse() {
        return repository.oldPathsInUse();
    }

    /** The slugs the blog's posts have now. */
    public Set<String> slugsInUse() {
        return repository.slugs();
    }

    /** A post's slug as Inkwell would make it from {@code wanted} (a slug or a title). */
    public static String slug(String wanted) {
        return Slugs.slugify(wanted);
    }

    /**
     * Checks and renders the post, to be written under {@code slug}. Tags past the form's ten, or that the form
     * would refuse, are left out with a note rather than losing the whole post.
     */
    public Ready check(FullPost post, String slug) throws Refused {
        PostDraft draft = PostDraft.of(post.title(), post.author(), post.markdown(), PostStatus.DRAFT.value(), "", "");
        Map<String, String> problems = PostValidator.validate(draft, clock.instant(), ZoneId.systemDefault());
        if (!problems.isEmpty()) {
            List<String> said = new ArrayList<>();
            problems.forEach((field, problem) -> said.add(field + ": " + problem));
            throw new Refused(String.join(" ", said));
        }
        List<String> notes = new ArrayList<>();
        Map<String, String> tags = tags(post.tags(), notes);
        try {
            PostContent rendered = PostContent.of(draft, markdown.get().render(draft.content()));
            PostContent content = new PostContent(rendered.title(), slug, rendered.author(), rendered.markdown(),
                    rendered.html(), rendered.excerpt(), rendered.readingMinutes());
            List<String> oldSlugs = post.oldSlugs().stream().map(Slugs::slugify).filter(old -> !old.equals(slug))
                    .distinct().toList();
            RevisionText text = new RevisionText(draft.title(), draft.author(), draft.content(),
                    String.join(", ", tags.values()), "");
            return new Ready(post, content, tags, oldSlugs, text, notes);
        } catch (MarkdownTooComplex e) {
            throw new Refused(e.getMessage());
        }
    }

    private static Map<String, String> tags(List<String> names, List<String> notes) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String raw : names) {
            String name = TagNames.normalized(raw.replace(',', ' '));
            if (name.isEmpty()) {
                continue;
            }
            var problem = TagNames.problem(name);
            if (problem.isPresent()) {
                notes.add("tag left out: " + problem.get());
            } else if (tags.size() == TagNames.MAX_TAGS && !tags.containsKey(Slugs.slugify(name))) {
                notes.add("tag \"" + name + "\" left out: a post has at most " + TagNames.MAX_TAGS + " tags");
            } else {
                tags.putIfAbsent(Slugs.slugify(name), name);
            }
        }
        return tags;
    }

    /**
     * Writes every post and then {@code alsoWrite} in one transaction (nothing is written if anything fails),
     * then tells the blog; the new posts' ids in order.
     */
    public List<Long> write(List<Ready> posts, Consumer<EntityManager> alsoWrite) {
        List<Long> ids = repository.insertAll(posts, alsoWrite);
        changed.accept(ids.stream().map(id -> new PostChange(id, PostChange.Kind.CREATED)).toArray(PostChange[]::new));
        return ids;
    }
}
