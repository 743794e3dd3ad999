package inkwell.posts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, with java-diff-utils (Myers' algorithm). Lines are compared first, then
 * the words of each changed run of lines: two long texts that share most lines cost little, and a run too long
 * to compare word by word (over {@link #MAX_WORDS_PER_RUN} words a side) shows whole, deleted then inserted, so
 * no comparison can take the server's time. The segments are plain text: posts/diff.jte escapes them and names
 * each insertion and deletion in words (visually hidden) for those who cannot see the colours or the lines.
 */
public final class WordDiff {
    static final int MAX_WORDS_PER_RUN = 5_000;
    /** Words and the white space between them, each its own token, so spaces and new lines survive a diff. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");
    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    /** A run of text that both sides share, or that only the newer (inserted) or the older (deleted) has. */
    public record Segment(Change change, String text) {
        public boolean inserted() {
            return change == Change.INSERTED;
        }

        public boolean deleted() {
            return change == Change.DELETED;
        }
    }

    public enum Change { SAME, INSERTED, DELETED }

    private final List<Segment> segments = new ArrayList<>();

    private WordDiff() {
    }

    static List<Segment> between(String older, String newer) {
        WordDiff diff = new WordDiff();
        List<String> before = split(LINE, older);
        List<String> after = split(LINE, newer);
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            diff.add(Change.SAME, before.subList(position, delta.getSource().getPosition()));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                diff.words(String.join("", removed), String.join("", added));
            } else {
                diff.add(Change.DELETED, removed);
                diff.add(Change.INSERTED, added);
            }
            position = delta.getSource().getPosition() + removed.size();
        }
        diff.add(Change.SAME, before.subList(position, before.size()));
        return diff.segments;
    }

    /** Both texts have the same words and spaces. */
    static boolean same(List<Segment> segments) {
        return segments.stream().allMatch(segment -> segment.change() == Change.SAME);
    }

    private void words(String older, String newer) {
        List<String> before = split(TOKEN, older);
        List<String> after = split(TOKEN, newer);
        if (before.size() > MAX_WORDS_PER_RUN || after.size() > MAX_WORDS_PER_RUN) {
            add(Change.DELETED, before);
            add(Change.INSERTED, after);
            return;
        }
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            add(Change.SAME, before.subList(position, delta.getSource().getPosition()));
            add(Change.DELETED, delta.getSource().getLines());
            add(Change.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(Change.SAME, before.subList(position, before.size()));
    }

    /** Appends the tokens, joined to the last segment when it is of the same kind. */
    private void add(Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).change() == change) {
            segments.set(last, new Segment(change, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(change, text));
        }
    }

    private static List<String> split(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
