package inkwell.markdown;

/**
 * Where the renderer writes the HTML, refusing to grow past the budget: an amplifying text (a long reference
 * link used thousands of times) stops at the cap instead of filling the memory.
 */
final class BoundedHtml implements Appendable {
    private final StringBuilder html = new StringBuilder();
    private final int maxChars;

    BoundedHtml(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Appendable append(CharSequence text) {
        CharSequence value = text == null ? "null" : text;
        return append(value, 0, value.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
        make(end - start);
        html.append(text, start, end);
        return this;
    }

    @Override
    public Appendable append(char c) {
        make(1);
        html.append(c);
        return this;
    }

    private void make(int more) {
        if (html.length() + more > maxChars) {
            throw new MarkdownTooComplex(String.format("This text would make a page of more than %,d characters "
                    + "(a link or image defined once and used very many times, perhaps). Shorten it and save "
                    + "again.", maxChars));
        }
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
