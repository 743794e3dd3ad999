package inkwell.markdown;

/** How many words a text has: runs of anything but white space, as a writer would count them in the source. */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
