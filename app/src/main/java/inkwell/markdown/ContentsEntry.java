package inkwell.markdown;

/** One heading of a post as its table of contents lists it: how deep it sits (0 = the top level), its anchor. */
public record ContentsEntry(int depth, String id, String text) {
}
